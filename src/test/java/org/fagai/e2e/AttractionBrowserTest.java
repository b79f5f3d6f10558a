package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttractionBrowserTest extends BrowserTest {

    List<String> failures = new ArrayList<>();

    void watchFailures() {
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
    }

    void noHorizontalScroll() {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).as("page wider than the phone").isEqualTo(false);
    }

    @Test
    void staffReadTheSeedsSentenceAndTheFunnelThenTakeANewLeadToItsSigning() {
        watchFailures();
        signIn("city");
        page.navigate(url("/attraction?year=2023&region=339900"));
        assertThat(page.locator("#attraction-sentence"))
                .containsText("外出招商130次，召开洽谈会832次，参加省级以上重大签约活动32次，签约项目370个，协议投资1580亿元");
        assertThat(page.locator("#summary-projects")).hasText("370");
        assertThat(page.locator("#funnel-chart canvas")).isVisible();
        assertThat(page.locator("#ranking tbody tr").first()).isVisible();
        screenshot("attraction-overview");

        page.navigate(url("/attraction/leads/new"));
        page.fill("#investorName", "浏览器测试新能源有限公司");
        page.selectOption("#origin", "OUTSIDE_PROVINCE");
        page.fill("#projectName", "浏览器测试储能项目");
        page.selectOption("#chain", "NEW_ENERGY");
        page.fill("#intendedInvestment", "60000");
        page.fill("#regionCode", "339903");
        page.click("#save-lead");
        assertThat(page.locator("#lead-stage")).hasText("线索");

        page.selectOption("#sign-type", "FRAMEWORK");
        page.fill("#sign-amount", "50000");
        page.click("#sign-submit");
        assertThat(page.locator("#lead-stage")).hasText("签约");
        assertThat(page.locator("#signings tbody tr")).hasCount(1);
        screenshot("attraction-lead");
        assertThat(page.locator("#register-form")).isVisible();

        page.navigate(url("/attraction/leads?q=浏览器测试储能"));
        assertThat(page.locator("#leads-table tbody tr")).hasCount(1);

        page.navigate(url("/attraction/trips"));
        page.click("#trip-new summary");
        page.fill("#trip-leaders", "市长");
        page.fill("#trip-destination", "浏览器测试目的地");
        page.check("#trip-principal");
        page.click("#trip-submit");
        assertThat(page.locator("#trips-table")).containsText("浏览器测试目的地");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void onAPhoneTheOverviewTheListAndMyLeadsFitTheScreen() {
        onPhone();
        watchFailures();
        signIn("city");
        page.navigate(url("/attraction?year=2023&region=339900"));
        assertThat(page.locator("#attraction-sentence")).containsText("签约项目370个");
        assertThat(page.locator("#funnel-chart canvas")).isVisible();
        noHorizontalScroll();
        screenshot("attraction-phone-overview");

        page.navigate(url("/attraction/leads"));
        assertThat(page.locator("#leads-table tbody tr").first()).isVisible();
        noHorizontalScroll();

        page.navigate(url("/attraction/mine"));
        assertThat(page.locator("#stage-tabs")).isVisible();
        page.locator("#stalled-tab").click();
        assertThat(page.locator("#mine-table tbody tr").first()).isVisible();
        noHorizontalScroll();
        screenshot("attraction-phone-mine");
        page.locator("#mine-table tbody tr a").first().click();
        assertThat(page.locator("#lead-stalled")).isVisible();
        noHorizontalScroll();
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }
}
