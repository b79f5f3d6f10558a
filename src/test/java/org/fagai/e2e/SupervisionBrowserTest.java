package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionBrowserTest extends BrowserTest {

    @Test
    void staffAssignAnItemThatTheLeadPersonSignsAndClosesAndTheSupervisorVerifies() {
        signIn("city");
        page.navigate(url("/supervision"));
        page.click("#new-item");
        page.fill("#title", "浏览器测试：完成园区道路方案");
        page.selectOption("#source", "LEADER_INSTRUCTION");
        page.selectOption("#leadUnitId", new SelectOption().setLabel("综合科"));
        page.selectOption("#leadPersonId", new SelectOption().setLabel("王科员"));
        page.selectOption("#supervisorId", new SelectOption().setLabel("李科长"));
        page.fill("#workingDays", "20");
        page.click("#assign");
        assertThat(page.locator("#item-title")).hasText("浏览器测试：完成园区道路方案");
        assertThat(page.locator("#item-state")).hasText("待签收");
        assertThat(page.locator("#item-colour")).hasText("绿");
        assertThat(page.locator("#sign")).hasCount(0);
        String item = page.url();

        page.click("#logout");
        signIn("district");
        assertThat(page.locator("#home-todo .todo-entry").first()).isVisible();
        page.click("#notification-bell");
        page.locator("#notification-list a.notification", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("新交办督办事项：浏览器测试：完成园区道路方案")).click();
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(item);
        page.click("#sign");
        assertThat(page.locator("#item-state")).hasText("办理中");
        page.fill("#result", "方案已编制完成");
        page.click("#request-closure");
        assertThat(page.locator("#form-errors")).containsText("佐证材料");
        page.setInputFiles("#evidence-file", new FilePayload("园区道路方案（定稿）.pdf", "application/pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.click("#upload-evidence");
        assertThat(page.locator("#evidence-files .evidence-file")).hasCount(1);
        assertThat(page.locator("#evidence-files")).containsText("园区道路方案（定稿）.pdf");
        page.fill("#result", "方案已编制完成");
        page.click("#request-closure");
        assertThat(page.locator("#item-state")).hasText("申请办结");
        assertThat(page.locator("#verify")).hasCount(0);

        page.click("#logout");
        signIn("city");
        page.navigate(item);
        page.click("#verify");
        assertThat(page.locator("#item-state")).hasText("已办结");
        assertThat(page.locator("#timeline")).containsText("核验办结");
        assertThat(page.locator("#timeline li")).hasCount(5);
        assertThat(page.locator("#timeline")).containsText("上传佐证文件");
        screenshot("supervision-closed");
    }

    @Test
    void theListFiltersByColourAndTheStatisticsAndProblemListPagesDraw() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        signIn("leader");
        page.navigate(url("/supervision?colour=RED"));
        assertThat(page.locator("#item-table tbody tr").first()).containsText("红");
        page.navigate(url("/supervision/problem-lists"));
        page.locator("#problem-lists a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("调研发现问题整改清单")).click();
        assertThat(page.locator("#count-problems")).hasText("31");
        assertThat(page.locator("#count-measures")).hasText("67");
        page.navigate(url("/supervision/stats"));
        assertThat(page.locator("#stats-chart canvas")).hasCount(1);
        assertThat(page.locator("#stats-byArea")).containsText("在优化营商环境上下功夫");
        screenshot("supervision-stats");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void staffPublishANoticeTheDistrictOpensFromTheBellAndThePublisherSeesItRead() {
        String title = "浏览器测试：关于报送年度工作总结的通知";
        signIn("city");
        page.navigate(url("/notices"));
        page.click("#new-notice");
        page.fill("#title", title);
        page.fill("#body", "请于本月底前报送年度工作总结。");
        page.check("#role-DISTRICT");
        page.click("#publish");
        assertThat(page.locator("#notice-title")).hasText(title);
        assertThat(page.locator("#notice-readers")).containsText("王科员");
        String notice = page.url();

        page.click("#logout");
        signIn("district");
        assertThat(page.locator("#notification-count")).isVisible();
        assertThat(page.locator("#home-notices")).containsText(title);
        page.click("#notification-bell");
        page.locator("#notification-list a.notification", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#notice-body")).hasText("请于本月底前报送年度工作总结。");
        assertThat(page.locator("#notice-readers")).hasCount(0);
        page.setViewportSize(390, 800);
        page.navigate(url("/notifications"));
        assertThat(page.locator("#notification-list a.notification", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)))
                .hasAttribute("data-read", "true");
        screenshot("notifications-390");

        page.click("#logout");
        signIn("city");
        page.navigate(notice);
        assertThat(page.locator("#notice-readers .reader[data-read=true]")).containsText("王科员");
    }
}
