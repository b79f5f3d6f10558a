package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
        assertThat(page.locator("#home-todo")).containsText("浏览器测试：完成园区道路方案");
        page.navigate(item);
        page.click("#sign");
        assertThat(page.locator("#item-state")).hasText("办理中");
        page.fill("#result", "方案已编制完成");
        page.click("#request-closure");
        assertThat(page.locator("#form-errors")).containsText("佐证材料");
        page.fill("#result", "方案已编制完成");
        page.fill("#evidence", "园区道路方案（定稿）");
        page.click("#request-closure");
        assertThat(page.locator("#item-state")).hasText("申请办结");
        assertThat(page.locator("#verify")).hasCount(0);

        page.click("#logout");
        signIn("city");
        page.navigate(item);
        page.click("#verify");
        assertThat(page.locator("#item-state")).hasText("已办结");
        assertThat(page.locator("#timeline")).containsText("核验办结");
        assertThat(page.locator("#timeline li")).hasCount(4);
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
}
