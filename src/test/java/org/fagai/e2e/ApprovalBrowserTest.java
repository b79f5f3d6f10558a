package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;

class ApprovalBrowserTest extends BrowserTest {

    @Test
    void staffFileAcceptAndReviewAnApplicationALeaderSignsItAndItsLicenceIsPublishedOnThePublicPage() {
        String code = CreditCode.withCheckDigits("91339900MA2K0Q01").value();
        signIn("city");
        page.navigate(url("/approvals"));
        page.click("#new-application");
        page.selectOption("#kind", "FILING");
        page.fill("#applicantName", "浏览器测试装备有限公司");
        page.fill("#applicantCreditCode", code);
        page.fill("#projectCode", "2406-339900-04-03-000901");
        page.fill("#title", "浏览器测试生产线项目");
        page.setInputFiles("#files", new FilePayload("备案信息表.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        page.click("#file-application");

        assertThat(page.locator("#application-title")).hasText("浏览器测试生产线项目");
        assertThat(page.locator("#application-status")).hasText("已收件");
        assertThat(page.locator("#credit-check")).containsText("未列入失信联合惩戒对象名单");
        assertThat(page.locator("#documents")).containsText("备案信息表.pdf");

        page.click("#accept");
        assertThat(page.locator("#application-status")).hasText("已受理");
        assertThat(page.locator("#deadline")).isVisible();
        assertThat(page.locator("#clock-state")).isVisible();

        page.click("#review-submit");
        assertThat(page.locator("#review-chain")).containsText("通过");
        page.click("#decide");
        assertThat(page.locator("#draft")).containsText("拟准予");
        String detail = page.url();

        page.click("#logout");
        signIn("leader");
        page.navigate(detail);
        page.click("#sign");
        assertThat(page.locator("#application-status")).hasText("准予");
        String number = page.locator("#document-number").textContent();
        org.assertj.core.api.Assertions.assertThat(number).matches("示发改备〔\\d{4}〕\\d+号");
        assertThat(page.locator("#licence")).containsText("应于");
        assertThat(page.locator("#licence-state")).hasText("待公示");
        screenshot("approval-decided");

        page.click("#licence-link");
        Locator row = page.locator("#licence-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(number));
        assertThat(row).containsText("企业投资项目备案证明");
        assertThat(row).containsText("登记");
        row.locator("button.publish").click();
        assertThat(page.locator(".alert-success")).containsText("已公示");
        assertThat(page.locator("#licence-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(number)))
                .containsText("已公示");

        context.clearCookies();
        page.navigate(url("/public/credit"));
        page.fill("#public-q", code);
        page.click("#public-search");
        assertThat(page.locator("#public-licences")).containsText(number);
        assertThat(page.locator("#public-licences")).containsText("浏览器测试装备有限公司");
        screenshot("public-credit");
    }

    @Test
    void aLeaderSeesOverdueApplicationsOnTheHomePageAndTheListExportsToExcel() throws Exception {
        signIn("leader");
        assertThat(page.locator("#home-approvals")).isVisible();
        assertThat(page.locator("#home-approvals")).containsText("超期");
        screenshot("home-approvals");

        page.navigate(url("/approvals?state=OVERDUE"));
        assertThat(page.locator("#approval-table tbody tr").first()).containsText("超期");
        Download download = page.waitForDownload(() -> page.click("#export"));
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(0)).isEqualTo("审批办件");
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(0)).isEqualTo("编号");
            org.assertj.core.api.Assertions.assertThat(rows).hasSizeGreaterThan(2);
            org.assertj.core.api.Assertions.assertThat(rows.subList(2, rows.size()))
                    .allSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r.getCellText(11)).isEqualTo("超期"));
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(10)).isEqualTo("剩余时间");
            org.assertj.core.api.Assertions.assertThat(rows.subList(2, rows.size())).as("in the limit's unit, not minutes")
                    .allSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r.getCellText(10))
                            .matches("(已超期 [0-9,.]+ 个工作(日|小时)|超期 .*办结.*)"));
        }
        page.locator("#approval-table thead a.fagai-sort").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*sort=DEADLINE.*"));
        assertThat(page.locator("#approval-table thead th[aria-sort=ascending]").first()).isVisible();

        List<String> failures = new java.util.ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        page.navigate(url("/approvals/stats?from=2023-01-01&to=2024-12-31"));
        assertThat(page.locator("#stats-chart canvas")).hasCount(1);
        assertThat(page.locator("#stats-table")).containsText("企业投资项目核准");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void aLeaderAcceptsAListedApplicantWithAWrittenReasonShownOnTheApplication() {
        signIn("city");
        page.navigate(url("/approvals/new"));
        page.selectOption("#kind", "PROPOSAL");
        page.fill("#applicantName", "西山恒达建材有限公司");
        page.fill("#applicantCreditCode", "91339903MA2K0K10XN");
        page.fill("#projectCode", "2406-339900-04-01-000902");
        page.fill("#title", "失信申请人测试项目");
        page.click("#file-application");
        assertThat(page.locator("#credit-check")).containsText("严重失信主体名单");
        page.click("#accept");
        assertThat(page.locator("#form-errors")).containsText("委领导");
        assertThat(page.locator("#application-status")).hasText("已收件");
        String detail = page.url();

        page.click("#logout");
        signIn("leader");
        page.navigate(detail);
        page.fill("#override-reason", "省重点民生工程，经委务会研究同意受理");
        page.click("#accept");
        assertThat(page.locator("#application-status")).hasText("已受理");
        assertThat(page.locator("#credit-override")).containsText("省重点民生工程");
    }

    @Test
    void thePublicPageHidesExpiredPenaltiesAndMasksIdentityNumbersWithoutSignIn() {
        page.navigate(url("/public/credit?q=张某某"));
        assertThat(page.locator("#public-penalties")).containsText("339902********1234");
        assertThat(page.locator("body")).not().containsText("339902198503151234");
        page.navigate(url("/public/credit?q=南岭食品有限公司"));
        assertThat(page.locator("body")).not().containsText("示发改罚〔2023〕3号");
        assertThat(page.locator("#sidebar")).hasCount(0);
    }
}
