package org.fagai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new user's first walk: every page of the sidebar, as each role sees it (all of them, a district's scope, an owner's
 * few), opens without an error status, a script error or a failed request (its panels included), and shows its title.
 */
class SidebarWalkBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "district", "owner"})
    void everySidebarPageOpensCleanly(String user) {
        List<String> problems = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400 && r.url().startsWith(url("/"))) {
                problems.add(r.status() + " " + r.url().substring(url("").length()));
            }
        });
        page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add("console error on " + page.url() + ": " + m.text());
            }
        });
        signIn(user);
        Set<String> links = new LinkedHashSet<>();
        for (Object href : (List<?>) page.evaluate(
                "() => [...document.querySelectorAll('#sidebar a[href^=\"/\"]')].map(a => a.getAttribute('href'))")) {
            links.add((String) href);
        }
        assertThat(links).as("the sidebar of " + user).isNotEmpty();
        for (String link : links) {
            page.navigate(url(link));
            page.waitForLoadState();
            page.waitForFunction("() => !document.querySelector('.htmx-request')");
            if (page.locator("#sidebar").count() > 0) {   // the platform's own pages (not the API's Swagger UI)
                assertThat(page.locator("h1, h2").count()).as("a title on " + link).isPositive();
            }
        }
        assertThat(problems).as(user + " walking " + links).isEmpty();
    }
}
