package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The process on the application page, on the demo applications: the timeline of the review chain, a stop ended, a
 * consultation sent and answered, an extension asked and approved, the leader's signature, the printable decision with
 * its QR code, the public check of a valid and then a revoked decision — on a desktop and on a phone.
 */
class ApprovalProcessBrowserTest extends BrowserTest {

    private void openApplication(String title) {
        page.navigate(url("/approvals?q=" + title));
        page.locator("#approval-table tbody tr", new Page.LocatorOptions().setHasText(title)).first().locator("a").first().click();
        assertThat(page.locator("#application-title")).hasText(title);
    }

    @Test
    void aLeaderSignsADecisionPrintsItAndItsQrCheckShowsValidThenRevoked() {
        signIn("leader");
        openApplication("北港多式联运物流园");
        assertThat(page.locator("#review-chain .review-step")).hasCount(3);
        assertThat(page.locator("#review-chain .review-step").first()).containsText("经办人初审");
        assertThat(page.locator("#review-chain .review-step .step-time").first()).containsText("工作日");
        assertThat(page.locator("#signing-blockers")).hasCount(0);
        page.click("#sign");
        assertThat(page.locator("#application-status")).hasText("准予");
        assertThat(page.locator("#document-number")).containsText("示发改核〔");
        assertThat(page.locator("#e-licence-status")).hasText("有效");
        String code = page.locator("#verification-code").textContent();
        screenshot("approval-signed");

        page.click("#decision-print");
        assertThat(page.locator("#official-document h1")).hasText("关于北港多式联运物流园项目核准的批复");
        assertThat(page.locator("#official-document")).containsText("企业投资项目核准和备案管理条例");
        assertThat(page.locator("#print-verification-code")).containsText(code);
        // The QR code is served as an image and loads.
        page.waitForFunction("() => { const i = document.querySelector('.verify img'); return i.complete && i.naturalWidth > 0; }");
        screenshot("approval-decision-print");
        page.goBack();

        page.click("#verify-link");
        assertThat(page.locator("#verify-status")).hasText("有效");
        assertThat(page.locator("#verify-holder")).hasText("北港物流有限公司");
        page.goBack();
        page.fill("#revoke-reason", "申请人隐瞒有关情况，依法撤销");
        page.click("#revoke");
        assertThat(page.locator("#e-licence-status")).hasText("已撤销");

        context.clearCookies();
        page.navigate(url("/public/licences/verify?code=" + code));
        assertThat(page.locator("#verify-status")).hasText("已撤销");
        assertThat(page.locator("body")).not().containsText("隐瞒");
        assertThat(page.locator("#sidebar")).hasCount(0);
    }

    @Test
    void staffEndAnExpertReviewConsultAnotherDepartmentAndAskForAnExtensionThatALeaderApproves() {
        signIn("city");
        openApplication("南岭冷链物流中心二期");
        assertThat(page.locator("#application-status")).hasText("计时中止");
        assertThat(page.locator("#clock-stopped")).isVisible();
        page.locator("#stops .stop-end").first().click();
        assertThat(page.locator("#application-status")).hasText("已受理");
        assertThat(page.locator("#clock-excluded")).containsText("工作日");
        assertThat(page.locator("#deadline")).isVisible();

        page.fill("#outside-departments", "示范市生态环境局");
        page.fill("#consultation-days", "5");
        page.click("#consult");
        assertThat(page.locator("#consultations .consultation")).containsText("示范市生态环境局");
        page.locator("#consultations .consultation-answer textarea").first().fill("原则同意，请落实环评要求");
        page.locator("#consultations .consultation-answer button").first().click();
        assertThat(page.locator("#consultations .consultation").first()).containsText("原则同意，请落实环评要求");

        page.fill("#extension-reason", "需补充专家评审意见");
        page.click("#extension-request");
        assertThat(page.locator("#extension-state")).containsText("待委领导批准");
        String detail = page.url();
        page.click("#logout");
        signIn("leader");
        page.navigate(detail);
        page.click("#extension-approve");
        assertThat(page.locator("#extension-state")).containsText("延期10个工作日");
        screenshot("approval-process");
    }

    @Test
    void onAPhoneTheApplicationTheSignatureAndThePublicCheckAreUsable() {
        Browser browser = context.browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        signIn("leader");
        openApplication("城市更新片区道路改造");
        assertThat(page.locator("#public-notice-required")).isVisible();
        assertThat(page.locator("#stops")).containsText("听证/公示");
        page.locator("#sign").scrollIntoViewIfNeeded();
        page.click("#sign");
        assertThat(page.locator("#application-status")).hasText("准予");
        screenshot("approval-phone");
        String code = page.locator("#verification-code").textContent();

        page.click("#decision-print");
        assertThat(page.locator("#official-document")).containsText("项目建议书的批复");
        org.assertj.core.api.Assertions.assertThat(overflow()).as("print view wider than the phone").isLessThanOrEqualTo(0);

        context.clearCookies();
        page.navigate(url("/public/licences/verify?code=" + code));
        assertThat(page.locator("#verify-status")).hasText("有效");
        org.assertj.core.api.Assertions.assertThat(overflow()).as("public check wider than the phone").isLessThanOrEqualTo(0);
    }

    /** How many pixels the page is wider than the screen. */
    private int overflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }
}
