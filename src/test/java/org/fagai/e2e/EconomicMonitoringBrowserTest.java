package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class EconomicMonitoringBrowserTest extends BrowserTest {

    @Test
    void theOverviewShowsEveryIndicatorWithWarningsAndDrawsItsSmallCharts() {
        signIn("leader");
        page.navigate(url("/indicators?region=339900&period=2023-12"));
        assertThat(page.locator("#overview-title")).containsText("示范市经济运行一览（2023年1-12月）");
        assertThat(page.locator("#overview-table tr[data-code='GDP']")).containsText("2,578.00");
        assertThat(page.locator("#overview-table tr[data-code='GDP']")).containsText("7.9");
        assertThat(page.locator("#overview-table tr[data-code='FAI']")).containsText("31.0");
        assertThat(page.locator("#overview-charts canvas").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator("#overview-charts canvas").count()).isGreaterThanOrEqualTo(10);
        assertThat(page.locator("#sidebar [data-nav='indicators']")).hasClass(java.util.regex.Pattern.compile("active"));
        screenshot("indicator-overview");

        page.selectOption("#region", "339905");
        page.click("#filter-submit");
        assertThat(page.locator("#overview-table tr[data-code='FAI'] .fagai-warn-red")).isVisible();
    }

    @Test
    void anIndicatorPageDrawsItsTrendAndTheDistrictRanking() {
        signIn("city");
        page.navigate(url("/indicators/FAI?region=339900&period=2023-12"));
        assertThat(page.locator("#indicator-title")).hasText("固定资产投资");
        assertThat(page.locator("#trend-chart canvas")).isVisible();
        assertThat(page.locator("#ranking-chart canvas")).isVisible();
        assertThat(page.locator("#ranking-table tbody tr")).hasCount(6);
        assertThat(page.locator("#ranking-table tbody tr").first()).containsText("青溪县");
        assertThat(page.locator("#trend-table")).containsText("2023年1-2月");
        screenshot("indicator-fai");
    }

    @Test
    void theDistrictMatrixColoursEachCellByItsWarning() {
        signIn("city");
        page.navigate(url("/indicators/matrix?region=339900&period=2023-12"));
        assertThat(page.locator("#matrix-table thead")).containsText("北港区");
        org.assertj.core.api.Assertions.assertThat(page.locator("#matrix-table td[data-warning='RED']").count()).isPositive();
        org.assertj.core.api.Assertions.assertThat(page.locator("#matrix-table td[data-warning='GREEN']").count()).isPositive();
    }

    @Test
    void aValueEnteredByFormAppearsInTheListAndABadOneIsExplainedInChinese() {
        signIn("city");
        page.navigate(url("/indicators/values"));
        page.selectOption("#v-indicator", "FAI");
        page.selectOption("#v-region", "339904");
        page.fill("#v-period", "2024年1月");
        page.fill("#v-value", "12");
        page.click("#value-save");
        assertThat(page.locator("#form-errors")).containsText("1月数据不单独发布");
        page.fill("#v-period", "2024年1-2月");
        page.click("#value-save");
        // 固定资产投资's growth is the bureau's (comparable basis): it must come with the value.
        assertThat(page.locator("#form-errors")).containsText("同比增长（%）”不能为空");
        page.fill("#v-growth", "10.5");
        page.click("#value-save");
        assertThat(page.locator("section")).containsText("已保存");
        assertThat(page.locator("#values-table")).containsText("2024年1-2月");
    }

    @Test
    void theBriefIsGeneratedWithProgressAndDownloaded() throws Exception {
        signIn("leader");
        page.navigate(url("/reports/economic-brief?region=339900&period=2023-12"));
        Download download = page.waitForDownload(() -> page.click("#brief-generate"));
        assertThat(page.locator("#brief-status")).containsText("经济运行简报");
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        try (InputStream in = Files.newInputStream(download.path()); XWPFDocument doc = new XWPFDocument(in)) {
            org.assertj.core.api.Assertions.assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anySatisfy(p -> org.assertj.core.api.Assertions.assertThat(p).startsWith("地区生产总值2578亿元，同比增长7.9%"));
        }
    }
}
