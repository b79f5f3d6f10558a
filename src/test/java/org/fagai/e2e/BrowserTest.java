package org.fagai.e2e;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the running platform in real headless Chromium: Debian's /usr/bin/chromium where installed
 * (CI installs it), otherwise the browser Playwright manages itself.
 */
@FagaiIntegrationTest
abstract class BrowserTest {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 860));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** A context of its own (a phone's viewport, English …) on the shared browser. */
    BrowserContext browserFor(Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    /** Replaces the page with one on a phone (390 × 844, touch), for the pages people use on the move. */
    void onPhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
        try {
            page.waitForSelector("#current-user");
        } catch (TimeoutError e) {
            String text = page.innerText("body");
            throw new AssertionError("not signed in as " + username + ": at " + page.url() + " the page reads: "
                    + text.substring(0, Math.min(600, text.length())), e);
        }
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForLoadState();
    }

    /**
     * A full-page screenshot under target/screenshots; with {@code -Dfagai.screenshots=docs/screenshots} also there
     * (the README's pictures are refreshed that way).
     */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
        String docs = System.getProperty("fagai.screenshots");
        if (docs != null && !docs.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(docs, name + ".png")).setFullPage(true));
        }
    }
}
