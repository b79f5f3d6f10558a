package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeptSidebarTest {

    private final KeptSidebar sidebar = KeptSidebar.of("首页", List.of(
            new SidebarAdvice.MenuSection("重点<项目>", List.of(new SidebarAdvice.MenuLink("projects", "项目库 & \"更多\"", "/projects"),
                    new SidebarAdvice.MenuLink("projects-report", "<script>alert(1)</script>", "/projects/report?a=1&b='2'")))));

    @Test
    void everyTextAndAttributeIsEscapedAsThTextWouldEscapeIt() {
        String html = sidebar.html("/fagai\"><script>", "projects");
        assertThat(html).doesNotContain("<script>", "<项目>", "'2'", "\"更多\"")
                .contains("重点&lt;项目&gt;", "项目库 &amp; &quot;更多&quot;", "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "href=\"/fagai&quot;&gt;&lt;script&gt;/projects/report?a=1&amp;b=&#39;2&#39;\"");
    }

    @Test
    void onlyThePagesOwnEntryIsMarkedAndTheContextPathLeadsEveryLink() {
        String html = sidebar.html("/ctx", "projects-report");
        assertThat(html).containsOnlyOnce("aria-current=\"page\"").containsOnlyOnce(" active\"")
                .contains("<a class=\"nav-link active\" aria-current=\"page\" href=\"/ctx/projects/report?a=1&amp;b=&#39;2&#39;\" data-nav=\"projects-report\">")
                .contains("<a class=\"nav-link\" href=\"/ctx/projects\" data-nav=\"projects\">")
                .contains("<a class=\"nav-link\" href=\"/ctx/\" data-nav=\"home\">首页</a>");
        assertThat(sidebar.html("", "home")).contains("<a class=\"nav-link active\" aria-current=\"page\" href=\"/\" data-nav=\"home\">首页</a>");
        assertThat(sidebar.html("", null)).doesNotContain("aria-current", " active\"");
    }
}
