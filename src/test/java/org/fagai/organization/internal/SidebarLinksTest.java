package org.fagai.organization.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The sidebar's links, kept per role, language and current entry, still mark the page shown and speak its language. */
@FagaiIntegrationTest
class SidebarLinksTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    private static String sidebar(String page) {
        int start = page.indexOf("id=\"sidebar\"");
        return page.substring(start, page.indexOf("</ul>", start));
    }

    /** The sidebar's link tag marked with the given {@code data-nav}. */
    private static String link(String sidebar, String nav) {
        int at = sidebar.indexOf("data-nav=\"" + nav + "\"");
        return sidebar.substring(sidebar.lastIndexOf("<a", at), sidebar.indexOf(">", at) + 1);
    }

    @Test
    void eachPageMarksItsOwnEntryAndOnlyThat() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String projects = sidebar(page("/projects", city));
        String report = sidebar(page("/projects/report", city));
        String home = sidebar(page("/", city));
        assertThat(link(projects, "projects")).contains("aria-current=\"page\"", "active");
        assertThat(link(report, "projects-report")).contains("aria-current=\"page\"", "active");
        assertThat(link(report, "projects")).doesNotContain("aria-current");
        assertThat(link(home, "home")).contains("aria-current=\"page\"");
        assertThat(projects).containsOnlyOnce("aria-current");
        assertThat(report).containsOnlyOnce("aria-current");
        assertThat(home).containsOnlyOnce("aria-current");
        assertThat(sidebar(page("/projects", city))).isEqualTo(projects);
    }

    @Test
    void theLinksFollowTheRoleAndTheLanguage() throws Exception {
        MockHttpSession owner = Sessions.signIn(mvc, "owner");
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        assertThat(sidebar(page("/projects", admin))).contains("href=\"/admin/users\"");
        assertThat(sidebar(page("/projects", owner))).doesNotContain("href=\"/admin/users\"");
        String english = sidebar(page("/projects?lang=en", admin));
        String other = sidebar(page("/projects?lang=fr", admin));
        String chinese = sidebar(page("/projects?lang=zh_CN", admin));
        assertThat(english).isNotEqualTo(chinese);
        assertThat(other).as("a language without bundles shows the Chinese texts").isEqualTo(chinese);
    }
}
