package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Plans, livelihood, population and prices in a real browser, at desktop size and on a phone (390 × 844). */
class PlanningBrowserTest extends BrowserTest {

    private void assertFitsThePhone() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("page wider than the phone").isLessThanOrEqualTo(1);
    }

    @Test
    void theFifteenthPlanShowsItsBindingLaggardInRedAndItsMidTermReportDownloads() throws Exception {
        signIn("city");
        page.navigate(url("/planning/plans"));
        page.locator("#plan-table a", new Page.LocatorOptions().setHasText("第十五个五年规划纲要")).click();
        assertThat(page.locator("#plan-title")).containsText("第十五个五年规划纲要");
        assertThat(page.locator("#progress-table tr[data-code='CO2_INTENSITY']")).hasClass(java.util.regex.Pattern.compile("table-danger"));
        assertThat(page.locator("#progress-table tr[data-code='CO2_INTENSITY'] .status")).hasText("滞后");
        assertThat(page.locator("#plan-chart canvas")).hasCount(1);
        page.selectOption("#actual-code", "FOREST");
        page.fill("#actual-value", "45.5");
        page.click("#actual-save");
        assertThat(page.locator("#progress-table tr[data-code='FOREST'] .status")).hasText("符合进度");
        page.click("#evaluation-link");
        assertThat(page.locator("#evaluation-title")).containsText("中期评估报告");
        assertThat(page.locator("#evaluation-opening")).containsText("共设置主要指标15项，其中约束性指标5项");
        Download download = page.waitForDownload(() -> page.click("#evaluation-report"));
        try (InputStream in = Files.newInputStream(download.path()); XWPFDocument doc = new XWPFDocument(in)) {
            org.assertj.core.api.Assertions.assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("《示范市国民经济和社会发展第十五个五年规划纲要》实施中期评估报告");
        }
        screenshot("planning-plan");
    }

    @Test
    void aCollectorEntersADaysPricesOnAPhoneAndAnOutlierIsFlagged() {
        onPhone();
        signIn("district");
        page.navigate(url("/prices/collect"));
        String point = page.locator("#collect-point option", new Page.LocatorOptions().setHasText("湖滨农贸市场")).getAttribute("value");
        page.navigate(url("/prices/collect?point=" + point + "&date=2026-03-30"));
        assertThat(page.locator("#collect-frequency")).containsText("清明节");
        page.fill("#price-PORK", "40.00");
        page.fill("#price-RICE", "3.12");
        assertFitsThePhone();
        page.click("#collect-submit");
        assertThat(page.locator("section .alert-success")).containsText("已保存");
        assertThat(page.locator("#collect-outliers")).containsText("猪肉");
        assertThat(page.locator("#price-PORK")).hasValue("40.00");
        screenshot("planning-collect-phone");
    }

    @Test
    void theSpringFestivalPricesShowTheirWarningsAndAGoodsSeriesItsChart() {
        signIn("city");
        page.navigate(url("/prices?day=2026-02-16"));
        assertThat(page.locator("#warning-table tbody tr").first()).isVisible();
        assertThat(page.locator("#hog-grain")).containsText(": 1");
        page.locator("#warning-table tr[data-code='PORK'] a").click();
        assertThat(page.locator("#good-title")).hasText("猪肉");
        assertThat(page.locator("#price-chart canvas")).hasCount(1);
        assertThat(page.locator("#point-table tbody tr").first()).isVisible();
        page.navigate(url("/prices/certifications"));
        page.click("#new-case");
        page.selectOption("#requesterKind", "POLICE");
        page.fill("#requester", "示范市公安局西山分局");
        page.fill("#subject", "浏览器测试：涉案自行车价格认定");
        page.selectOption("#leadUnitId", new com.microsoft.playwright.options.SelectOption().setLabel("综合科"));
        page.selectOption("#leadPersonId", new com.microsoft.playwright.options.SelectOption().setLabel("王科员"));
        page.selectOption("#supervisorId", new com.microsoft.playwright.options.SelectOption().setLabel("李科长"));
        page.click("#cert-create");
        assertThat(page.locator("#case-subject")).hasText("浏览器测试：涉案自行车价格认定");
        assertThat(page.locator("#case-clock")).containsText("个工作日");
        assertThat(page.locator("#case-item")).isVisible();
        screenshot("planning-prices");
    }

    @Test
    void theLivelihoodIndexRanksTheDistrictsAndNamesTheWeakestIndicatorsWithTheirUnits() {
        signIn("leader");
        page.navigate(url("/planning/livelihood?year=2025&half=0"));   // the API test may open a 2026 round first
        assertThat(page.locator("#index-table tbody tr")).hasCount(6);
        assertThat(page.locator("#livelihood-chart canvas")).hasCount(1);
        page.locator("#index-table a", new Page.LocatorOptions().setHasText("东湖区")).click();
        assertThat(page.locator("#selected-title")).containsText("东湖区");
        assertThat(page.locator("#weakest")).containsText("每千名老年人养老床位数");
        assertThat(page.locator("#missing-table")).containsText("生态环境局");
        screenshot("planning-livelihood");
    }

    @Test
    void onAPhoneTheDistrictsTownsShowTheirCeilingsAndASplitThatDoesNotAddUpIsRefused() {
        onPhone();
        signIn("district");
        page.navigate(url("/planning/population?year=2026"));
        Locator rows = page.locator("#town-table tbody tr");
        assertThat(rows).hasCount(5);
        assertThat(page.locator("#town-table .fagai-light-RED")).hasCount(1);
        assertFitsThePhone();
        Locator first = page.locator("#split-form input[name^='target_']").first();
        String target = first.inputValue();
        first.fill(String.valueOf(Long.parseLong(target) + 1000));
        page.click("#split-save");
        assertThat(page.locator("#form-errors")).containsText("不等于全区目标");
        screenshot("planning-population-phone");
    }

    @Test
    void theAnnualPlanShowsItsTargetsFromEconomicMonitoringAndItsTasksOnTheLoop() {
        signIn("city");
        page.navigate(url("/planning/annual"));
        assertThat(page.locator("#annual-title")).containsText("国民经济和社会发展计划");
        assertThat(page.locator("#monitoring-targets tr[data-code='GDP']")).isVisible();
        assertThat(page.locator("#task-table tbody tr")).hasCount(4);
        page.fill("#target-growth", "6");
        page.selectOption("#target-indicator", "TRADE");
        page.click("#target-save");
        assertThat(page.locator("#monitoring-targets tr[data-code='TRADE']")).isVisible();
        page.navigate(url("/planning/actions"));
        page.locator("#action-table a", new Page.LocatorOptions().setHasText("疏整促")).click();
        assertThat(page.locator("#target-table tr[data-name='拆除违法建设']")).containsText("未完成");
        screenshot("planning-annual");
    }
}
