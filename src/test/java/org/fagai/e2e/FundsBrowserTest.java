package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundsBrowserTest extends BrowserTest {

    @Test
    void staffReadTheSeedsSentenceDeclareAFundAndTakeItThroughReview() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        signIn("city");
        page.navigate(url("/funds?year=2023&region=339900"));
        assertThat(page.locator("#funds-sentence")).containsText("申报专项债项目122个，总投资332亿元");
        assertThat(page.locator("#account-channels [data-channel=SPECIAL_BOND]")).containsText("122");
        screenshot("funds-account");

        page.navigate(url("/funds/applications/new"));
        page.selectOption("#channel", "SPECIAL_BOND");
        page.fill("#projectCode", "2601-339904-04-01-810001");
        page.fill("#projectName", "浏览器测试办公楼");
        page.fill("#regionCode", "339904");
        page.fill("#totalInvestment", "20000");
        page.selectOption("#sector", "OFFICE_BUILDING");
        page.fill("#amountRequested", "5000");
        page.fill("#use", "办公楼建设");
        page.click("#declare");
        assertThat(page.locator("#form-errors")).containsText("楼堂馆所");

        page.selectOption("#channel", "SUPERIOR_FUNDS");
        page.selectOption("#sector", "OTHER");
        page.fill("#use", "省级专项补助");
        page.click("#declare");
        assertThat(page.locator("#application-state")).hasText("已申报");
        page.click("#review-pass");
        assertThat(page.locator("#application-state")).hasText("发改审核通过");
        page.fill("#review-amount", "4000");
        page.click("#review-pass");
        assertThat(page.locator("#application-state")).hasText("审核通过");
        assertThat(page.locator("#timeline li")).hasCount(3);
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void onAPhoneTheListShowsWarningsAndTheKeyProjectPageShowsItsFunds() {
        Browser browser = context.browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn("owner");
        page.navigate(url("/funds/applications"));
        assertThat(page.locator("#funds-table tbody tr").first()).isVisible();
        assertThat(page.locator("#funds-table .spending-colour").first()).isVisible();
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        screenshot("funds-phone-list");
        page.locator("#funds-table tbody tr a").first().click();
        page.locator("#key-project-link").click();
        assertThat(page.locator("#project-funds")).isVisible();
        assertThat(page.locator("#project-funds-applications tbody tr").first()).isVisible();
        screenshot("funds-phone-project");
    }
}
