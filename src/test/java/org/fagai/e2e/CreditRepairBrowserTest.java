package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CreditRepairBrowserTest extends BrowserTest {

    private static final String DOCUMENT = "示发改罚〔2026〕3号";

    @Test
    void anEnterpriseAppliesOnlineTheCreditSectionGrantsItAndThePublicPageStopsShowingThePenalty() {
        page.navigate(url("/public/credit?q=91339902MA0000015J"));
        assertThat(page.locator("#public-penalties")).containsText(DOCUMENT);

        signIn("enterprise");
        page.navigate(url("/credit/repairs"));
        Locator card = page.locator("#my-penalties .card", new Page.LocatorOptions().setHasText(DOCUMENT));
        card.locator("textarea[name=reason]").fill("已缴纳罚款，按时报送价格监测资料并建立报送台账");
        card.locator("input[type=file]").setInputFiles(new FilePayload("缴款凭证.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        card.locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("信用修复申请已提交");
        Locator mine = page.locator("#repair-table tr", new Page.LocatorOptions().setHasText(DOCUMENT));
        assertThat(mine).containsText("待办理");
        assertThat(mine).containsText("剩余");
        screenshot("credit-repair-enterprise");
        page.click("#logout");

        signIn("city");
        page.navigate(url("/credit/repairs?status=SUBMITTED"));
        Locator row = page.locator("#repair-table tr", new Page.LocatorOptions().setHasText(DOCUMENT));
        assertThat(row).containsText("缴款凭证.pdf");
        row.locator("input[name=reason]").fill("材料齐全，已纠正失信行为");
        row.locator("button.grant").click();
        assertThat(page.locator(".alert-success")).containsText("已作出信用修复决定");
        page.navigate(url("/credit/repairs?status=GRANTED"));
        assertThat(page.locator("#repair-table tr", new Page.LocatorOptions().setHasText(DOCUMENT))).containsText("准予修复");
        screenshot("credit-repair-staff");

        context.clearCookies();
        page.navigate(url("/public/credit?q=91339902MA0000015J"));
        assertThat(page.locator("body")).not().containsText(DOCUMENT);
    }
}
