package org.fagai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core (Deque's axe.min.js, injected with addScriptTag and run with axe.run) over the main pages: no serious or
 * critical violation (labels, contrast, names of buttons and links, landmarks, ARIA). The pages' own content security
 * policy forbids inline scripts, so these contexts bypass it for the injected checker only.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final String AXE = readAxe();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStaffsMainPagesHaveNoSeriousAccessibilityViolations() {
        useContext(1280, 860);
        signIn("city");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/projects?year=2023", "/projects/dashboard?year=2023", "/projects/blockers",
                "/approvals", "/credit/disclosures", "/supervision", "/search?q=示范")) {
            problems.addAll(check(path));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theOwnersAndThePublicsPagesHaveNoSeriousAccessibilityViolationsOnAPhone() {
        long application = jdbc.sql("SELECT id FROM approval_application ORDER BY id LIMIT 1").query(Long.class).single();
        String project = jdbc.sql("SELECT code FROM project WHERE owner_credit_code = '913399027345678902' ORDER BY code LIMIT 1")
                .query(String.class).single();
        useContext(390, 844);
        List<String> problems = new ArrayList<>(check("/public/credit?q=有限公司"));
        signIn("owner");
        problems.addAll(check("/projects/report"));
        problems.addAll(check("/projects/" + project));
        context.clearCookies();
        signIn("city");
        problems.addAll(check("/approvals/" + application));
        problems.addAll(check("/indicators"));
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /** Run with -Dfagai.screenshots=docs/screenshots to refresh the README's pictures (desktop and phone). */
    @Test
    void theMainPagesArePhotographedAtDesktopAndPhoneSize() {
        Assumptions.assumeTrue(System.getProperty("fagai.screenshots") != null, "only when asked for the README's pictures");
        String project = jdbc.sql("SELECT code FROM project WHERE owner_credit_code = '913399027345678902' ORDER BY code LIMIT 1")
                .query(String.class).single();
        long application = jdbc.sql("SELECT id FROM approval_application WHERE status = 'APPROVED' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        List<String[]> pages = List.of(new String[] {"home", "/"}, new String[] {"project-dashboard", "/projects/dashboard?year=2023&level=CITY"},
                new String[] {"project-library", "/projects?year=2023&level=CITY"}, new String[] {"project", "/projects/" + project},
                new String[] {"blockers", "/projects/blockers"}, new String[] {"approvals", "/approvals"},
                new String[] {"approval", "/approvals/" + application}, new String[] {"indicators", "/indicators"},
                new String[] {"supervision", "/supervision"}, new String[] {"search", "/search?q=东湖"});
        for (int[] size : new int[][] {{1280, 860}, {390, 844}}) {
            useContext(size[0], size[1]);
            signIn("leader");
            String suffix = size[0] > 800 ? "-desktop" : "-phone";
            for (String[] p : pages) {
                page.navigate(url(p[1]));
                page.waitForTimeout(600);
                screenshot(p[0] + suffix);
            }
            context.clearCookies();
            page.navigate(url("/public/credit?q=有限公司"));
            screenshot("public-credit" + suffix);
        }
    }

    private List<String> check(String path) {
        page.navigate(url(path));
        page.waitForLoadState();
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
        List<String> problems = new ArrayList<>();
        for (Object violation : (List<?>) result) {
            problems.add(path + " — " + violation);
        }
        return problems;
    }

    private void useContext(int width, int height) {
        context.close();
        context = browserFor(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height).setBypassCSP(true));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    private static String readAxe() {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
