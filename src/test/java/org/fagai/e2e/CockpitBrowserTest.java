package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CockpitBrowserTest extends BrowserTest {

    /** The ECharts instance of a chart element: its first series' type and data length, and the canvas' size. */
    private static final String CHART = """
            id => { const el = document.getElementById(id); const c = el && window.echarts && echarts.getInstanceByDom(el);
              if (!c) return null; const s = (c.getOption().series || [])[0] || {}; const canvas = el.querySelector('canvas');
              return { type: s.type, points: (s.data || []).length, width: canvas ? canvas.width : 0, height: canvas ? canvas.height : 0 }; }""";

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String id) {
        page.waitForFunction("(" + CHART + ")('" + id + "') !== null");
        return (Map<String, Object>) page.evaluate("(" + CHART + ")('" + id + "')");
    }

    private int overflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    @Test
    void theLeaderReadsTheCityCockpitWithItsDistrictMapDrawnAndFollowsATileToItsDetail() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        signIn("leader");
        page.navigate(url("/cockpit?year=2023&region=339900"));
        assertThat(page.locator("#cockpit-region")).hasText("示范市");
        assertThat(page.locator("#tile-projects")).containsText("1,185");
        assertThat(page.locator("#tile-projects .fagai-tile-source")).containsText("重点项目库");
        assertThat(page.locator("#tile-economy")).containsText("地区生产总值");
        assertThat(page.locator("#tile-attraction")).containsText("370 · 1580亿元");
        Map<String, Object> map = chart("chart-map-economy");
        org.assertj.core.api.Assertions.assertThat(map.get("type")).isEqualTo("map");
        org.assertj.core.api.Assertions.assertThat(((Number) map.get("points")).intValue()).as("the six districts").isEqualTo(6);
        org.assertj.core.api.Assertions.assertThat(((Number) map.get("width")).intValue()).isPositive();
        org.assertj.core.api.Assertions.assertThat(((Number) map.get("height")).intValue()).isPositive();
        assertThat(page.locator("#chart-map-economy")).not().hasAttribute("data-empty", "true");
        org.assertj.core.api.Assertions.assertThat(chart("chart-trend-economy").get("type")).isEqualTo("line");
        Map<String, Object> funnel = chart("chart-funnel-attraction");
        org.assertj.core.api.Assertions.assertThat(funnel.get("type")).isEqualTo("funnel");
        org.assertj.core.api.Assertions.assertThat(((Number) funnel.get("points")).intValue()).isEqualTo(7);
        screenshot("cockpit-city");
        page.locator("#tile-projects .fagai-tile-detail").click();
        page.waitForURL(Pattern.compile(".*/projects/dashboard\\?year=2023&level=CITY$"));
        assertThat(page.locator("#summary-text")).containsText("重点项目1185个");
        page.goBack();
        page.locator("#tile-attraction .fagai-tile-detail").click();
        page.waitForURL(Pattern.compile(".*/attraction\\?year=2023&region=339900$"));
        assertThat(page.locator("#attraction-sentence")).containsText("协议投资1580亿元");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
    }

    /** Each tile whose box leaves the viewport, or whose content is cut off inside it (its content taller than its box). */
    private static final String TILES_OFF_SCREEN = """
            () => [...document.querySelectorAll('.fagai-screen-tile')].filter(t => { const r = t.getBoundingClientRect();
              const body = t.querySelector('.fagai-screen-tile-body');
              return r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth || r.height < 100
                || body.scrollHeight > body.clientHeight + 1 || t.scrollHeight > t.clientHeight + 1; }).map(t => t.id)""";

    @Test
    void onTheLargeScreenEveryTileFitsOneScreenWithoutScrollingTheMapInTheMiddleAndItReloadsItself() {
        context.close();
        context = browserFor(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1920, 1080));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.clock().install();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        signIn("leader");
        page.navigate(url("/cockpit?year=2023&region=339900&screen=true"));
        assertThat(page.locator("#cockpit")).hasAttribute("data-refresh", "300");
        assertThat(page.locator("#cockpit-refresh")).containsText("5 分钟");
        assertThat(page.locator("#cockpit-computed")).containsText("计算于");
        assertThat(page.locator("#cockpit-countdown")).hasText(Pattern.compile("^[45]:\\d\\d$"));
        assertThat(page.locator("#sidebar")).hasCount(0);
        Map<String, Object> map = chart("chart-map-economy");
        org.assertj.core.api.Assertions.assertThat(((Number) map.get("points")).intValue()).isEqualTo(6);
        chart("chart-trend-economy");
        chart("chart-funnel-attraction");
        screenshot("cockpit-screen-1920");

        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue())
                .as("no page scroll at 1920×1080").isLessThanOrEqualTo(1080);
        org.assertj.core.api.Assertions.assertThat(overflow()).isLessThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(page.locator(".fagai-screen-tile").count()).isEqualTo(9);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate(TILES_OFF_SCREEN);
        org.assertj.core.api.Assertions.assertThat(cut).as("tiles off the screen or cut off").isEmpty();
        double mapCentre = ((Number) page.evaluate("() => { const r = document.getElementById('chart-map-economy').getBoundingClientRect();"
                + " return r.left + r.width / 2; }")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(mapCentre).as("the map in the middle third").isBetween(640.0, 1280.0);
        double valueSize = ((Number) page.evaluate(
                "() => parseFloat(getComputedStyle(document.querySelector('#tile-projects .fagai-tile-value')).fontSize)")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(valueSize).as("figures readable from across the room").isGreaterThanOrEqualTo(20);
        double labelSize = ((Number) page.evaluate(
                "() => parseFloat(getComputedStyle(document.querySelector('#tile-projects dt')).fontSize)")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(labelSize).isGreaterThanOrEqualTo(15);
        assertThat(page.locator("#tile-projects")).containsText("1,185");
        assertThat(page.locator("#tile-projects .fagai-tile-computed")).containsText("计算于");
        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();

        page.evaluate("() => { window.fagaiBeforeRefresh = true; }");
        page.clock().fastForward("05:01");
        page.waitForFunction("() => window.fagaiBeforeRefresh === undefined && document.readyState === 'complete'");
        assertThat(page.locator("#tile-projects")).containsText("1,185");
    }

    @Test
    void theLargeScreenPageOnAPhoneStacksItsTilesWithoutSidewaysScrolling() {
        onPhone();
        signIn("leader");
        page.navigate(url("/cockpit?year=2023&region=339900&screen=true"));
        assertThat(page.locator("#tile-projects")).containsText("1,185");
        Map<String, Object> map = chart("chart-map-economy");
        org.assertj.core.api.Assertions.assertThat(((Number) map.get("height")).intValue()).isPositive();
        org.assertj.core.api.Assertions.assertThat(overflow()).isLessThanOrEqualTo(0);
        double width = ((Number) page.evaluate(
                "() => document.querySelector('#tile-funds').getBoundingClientRect().width")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(width).as("one tile a row").isGreaterThan(330);
        screenshot("cockpit-screen-phone");
    }

    @Test
    void onAPhoneADistrictSeesItsOwnCockpitWithoutSidewaysScrolling() {
        onPhone();
        signIn("district");
        page.navigate(url("/cockpit?year=2023"));
        assertThat(page.locator("#cockpit-region")).hasText("东湖区");
        assertThat(page.locator("#tile-projects")).isVisible();
        chart("chart-trend-economy");
        org.assertj.core.api.Assertions.assertThat(overflow()).isLessThanOrEqualTo(0);
        screenshot("cockpit-phone");
    }

    @Test
    void onAPhoneTheLeaderSeesTheCityMapWithinTheScreen() {
        onPhone();
        signIn("leader");
        page.navigate(url("/cockpit?year=2023&region=339900"));
        Map<String, Object> map = chart("chart-map-economy");
        org.assertj.core.api.Assertions.assertThat(((Number) map.get("points")).intValue()).isEqualTo(6);
        double right = ((Number) page.evaluate(
                "() => document.getElementById('chart-map-economy').getBoundingClientRect().right")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(right).isLessThanOrEqualTo(390);
        org.assertj.core.api.Assertions.assertThat(overflow()).isLessThanOrEqualTo(0);
        page.locator("#chart-map-economy").scrollIntoViewIfNeeded();
        screenshot("cockpit-phone-city");
    }

    @Test
    void theWorkSummaryPageShowsTheDraftedSentencesAndOffersTheWordFile() {
        signIn("leader");
        page.navigate(url("/reports/work-summary?year=2023&region=339900"));
        assertThat(page.locator("#summary-title")).hasText("示范市发展和改革委员会2023年工作总结");
        assertThat(page.locator(".fagai-summary-sentence").first()).containsText("列出问题清单31项、整改措施67条");
        assertThat(page.locator(".fagai-summary-sentence", new Page.LocatorOptions().setHasText("一是经济运行"))).containsText("2578亿元");
        assertThat(page.locator(".fagai-summary-sentence", new Page.LocatorOptions().setHasText("外出招商130次"))).containsText("协议投资1580亿元");
        assertThat(page.locator("#summary-figures tbody")).containsText("地区生产总值");
        var download = page.waitForDownload(() -> page.locator("#summary-download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith("工作总结.docx");
    }
}
