package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessEnvironmentBrowserTest extends BrowserTest {

    @Test
    void staffReadTheRankingAndACountysIndicatorsPublishAnOfferAndAnInvestorRegistersInterestWithoutSignIn() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        signIn("city");
        page.navigate(url("/business-environment?year=2023"));
        assertThat(page.locator("#be-ranking tbody tr")).hasCount(6);
        assertThat(page.locator("#be-ranking tbody tr").first().locator(".be-rank")).hasText("1/6");
        screenshot("business-environment-ranking");
        page.locator("#be-ranking tbody tr a[href*='339902']").first().click();
        assertThat(page.locator("#be-lead")).containsText("在全市6个区县中排名第");
        assertThat(page.locator("#be-indicators [data-indicator=E1501] .badge")).isVisible();
        assertThat(page.locator("#be-weakest li")).hasCount(3);
        screenshot("business-environment-county");
        page.navigate(url("/business-environment/data?year=2023&region=339903"));
        assertThat(page.locator("#v_E0101")).not().hasValue("");
        assertThat(page.locator("#start-collection")).isVisible();
        page.navigate(url("/business-environment/tasks?year=2023"));
        assertThat(page.locator(".reform-version .completion").first()).containsText("任务5项");
        page.navigate(url("/business-environment/indicators"));
        assertThat(page.locator("#indicator-system tbody tr")).hasCount(46);

        page.navigate(url("/investment-offers"));
        assertThat(page.locator("#private-share-rate")).not().hasText("");
        page.fill("#title", "浏览器测试：东湖污水处理厂提标改造");
        page.fill("#regionCode", "339902");
        page.fill("#totalInvestment", "18000");
        page.selectOption("#mode", "FRANCHISE");
        page.fill("#contactName", "周工");
        page.fill("#contactPhone", "0579-88111111");
        page.check("#publish");
        page.click("#create-offer");
        assertThat(page.locator("#offer-status")).hasText("推介中");

        var visitor = browserFor(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"));
        var anonymous = visitor.newPage();
        anonymous.navigate(url("/public/investment-offers"));
        anonymous.locator(".public-offer a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("东湖污水处理厂提标改造")).click();
        anonymous.fill("#investorName", "浏览器民营投资有限公司");
        anonymous.fill("#creditCode", "91339903MA00000X12");
        anonymous.fill("#contactName", "吴总");
        anonymous.fill("#contactPhone", "13900000000");
        anonymous.click("#register-interest");
        assertThat(anonymous.locator("#form-errors")).containsText("统一社会信用代码无效");
        anonymous.fill("#creditCode", org.fagai.shared.CreditCode.withCheckDigits("91339903MA000077").value());
        anonymous.click("#register-interest");
        assertThat(anonymous.locator("#interest-registered")).isVisible();
        visitor.close();

        page.reload();
        assertThat(page.locator("#interests tbody tr")).hasCount(1);
        assertThat(page.locator("#interests")).containsText("浏览器民营投资有限公司");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void onAPhoneThePublicOffersTheScoresAndThePolicyPagesFitTheScreen() {
        onPhone();
        page.navigate(url("/public/investment-offers"));
        assertThat(page.locator("h1")).hasText("向民间资本推介项目");
        assertNoOverflow();
        screenshot("public-investment-offers-phone");
        signIn("leader");
        page.navigate(url("/business-environment?year=2023"));
        assertThat(page.locator("#be-ranking tbody tr").first()).isVisible();
        assertNoOverflow();
        page.navigate(url("/policies"));
        page.locator("#policy-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("高新技术企业研发投入补助")).click();
        assertThat(page.locator("#matches tbody tr").first()).isVisible();
        assertThat(page.locator("#policy-applications .application-state").first()).hasText("审核通过");
        assertNoOverflow();
        page.navigate(url("/innovation-platforms"));
        assertThat(page.locator("#platform-table .evaluation-flag.text-bg-danger")).hasCount(1);
        screenshot("innovation-platforms-phone");
    }

    @Test
    void anEnterpriseAccountSeesThePoliciesItMeetsAndItsApplication() {
        signIn("enterprise");
        page.navigate(url("/policy-service"));
        assertThat(page.locator(".my-policy h2", new com.microsoft.playwright.Page.LocatorOptions().setHasText("高新技术企业研发投入补助"))).isVisible();
        assertThat(page.locator("#my-applications tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("高新技术企业研发投入补助"))).containsText("审核通过");
        page.navigate(url("/policies"));
        assertThat(page.locator("h1")).not().hasText("政策兑现");
    }

    private void assertNoOverflow() {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    }
}
