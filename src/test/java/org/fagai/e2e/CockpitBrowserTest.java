package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CockpitBrowserTest extends BrowserTest {

    @Test
    void theLeaderReadsTheCityCockpitWithItsMapAndOpensATilesDetail() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        signIn("leader");
        page.navigate(url("/cockpit?year=2023&region=339900"));
        assertThat(page.locator("#cockpit-region")).hasText("示范市");
        assertThat(page.locator("#tile-projects")).containsText("1,185");
        assertThat(page.locator("#tile-projects .fagai-tile-source")).containsText("重点项目库");
        assertThat(page.locator("#tile-economy")).containsText("地区生产总值");
        assertThat(page.locator("#cockpit-missing")).containsText("招商引资");
        assertThat(page.locator("#chart-map-economy")).isAttached();
        assertThat(page.locator("#chart-trend-economy")).isAttached();
        screenshot("cockpit-city");
        assertThat(page.locator("#tile-projects .fagai-tile-detail")).hasAttribute("href", "/projects/dashboard?year=2023");
    }

    @Test
    void onAPhoneADistrictSeesItsOwnCockpitWithoutSidewaysScrolling() {
        onPhone();
        signIn("district");
        page.navigate(url("/cockpit?year=2023"));
        assertThat(page.locator("#cockpit-region")).hasText("东湖区");
        assertThat(page.locator("#tile-projects")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot("cockpit-phone");
    }

    @Test
    void theWorkSummaryPageShowsTheDraftedSentencesAndOffersTheWordFile() {
        signIn("leader");
        page.navigate(url("/reports/work-summary?year=2023&region=339900"));
        assertThat(page.locator("#summary-title")).hasText("示范市发展和改革委员会2023年工作总结");
        assertThat(page.locator(".fagai-summary-sentence").first()).containsText("地区生产总值2578亿元");
        assertThat(page.locator("#summary-missing")).containsText("招商引资");
        assertThat(page.locator("#summary-figures tbody tr").first()).containsText("地区生产总值");
        var download = page.waitForDownload(() -> page.locator("#summary-download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith("工作总结.docx");
    }
}
