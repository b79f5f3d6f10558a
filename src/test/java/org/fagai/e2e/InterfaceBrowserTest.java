package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared interface: phones (390×844), the header search, breadcrumbs, filter bars, print views, empty states. */
class InterfaceBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void onAPhoneTheSidebarIsAnOffCanvasMenuAndTheOwnersMonthlyReportFitsTheScreen() {
        java.time.YearMonth month = java.time.YearMonth.now(org.fagai.shared.ChinaTime.ZONE).minusMonths(1);
        String code = jdbc.sql("""
                SELECT p.code FROM project p JOIN project_plan pl ON pl.project_id = p.id AND pl.year = ?
                WHERE p.owner_credit_code = '913399027345678902'
                  AND NOT EXISTS (SELECT 1 FROM project_progress g WHERE g.project_id = p.id AND g.month = ?)
                ORDER BY p.code DESC LIMIT 1""").params(month.getYear(), month.atDay(1)).query(String.class).optional().orElse(null);
        if (code != null) {
            signIn("district");
            page.navigate(url("/projects/" + code));
            page.fill("#reopen-form input[name=month]", month.toString());
            page.click("#reopen-form button");
            assertThat(page.locator("section")).containsText("已保存");
        }
        usePhone();
        signIn("owner");
        assertThat(page.locator("#sidebar-panel")).not().isInViewport();
        page.click("#menu-toggle");
        assertThat(page.locator("#sidebar-panel")).isVisible();
        page.click("#sidebar a[data-nav='projects-report']");
        assertThat(page.locator("#sidebar a[data-nav='projects-report']")).hasClass(java.util.regex.Pattern.compile("active"));
        assertThat(page.locator("#sidebar a[data-nav='projects']")).not().hasClass(java.util.regex.Pattern.compile("active"));
        assertThat(page.locator("#breadcrumbs")).containsText("月度调度填报");
        assertNoHorizontalScroll();
        if (page.locator("#report-form").count() > 0) {
            assertThat(page.locator("label[for=completedInvestment]")).hasClass(java.util.regex.Pattern.compile("fagai-required"));
            assertThat(page.locator("#completedInvestment + .input-group-text")).hasText("万元");
            double height = page.locator("#submit-report").boundingBox().height;
            org.assertj.core.api.Assertions.assertThat(height).as("a button big enough to tap").isGreaterThanOrEqualTo(44);
        }
        screenshot("owner-report-phone");
    }

    @Test
    void onAPhoneThePublicCreditPageStacksItsRowsAndKeepsToTheScreen() {
        usePhone();
        page.navigate(url("/public/credit?q=有限公司"));
        assertThat(page.locator("#public-licences")).isVisible();
        assertThat(page.locator("#public-licences tbody tr").first().locator("td").first()).hasAttribute("data-label", "行政相对人");
        assertNoHorizontalScroll();
        screenshot("public-credit-phone");
    }

    @Test
    void theHeaderSearchFindsAProjectByCodeAndAnApplicationByApplicant() {
        String code = jdbc.sql("SELECT code FROM project ORDER BY code LIMIT 1").query(String.class).single();
        String applicant = jdbc.sql("SELECT applicant_name FROM approval_application ORDER BY id LIMIT 1").query(String.class).single();
        signIn("city");
        page.fill("#global-search-q", code);
        page.click("#global-search-submit");
        assertThat(page.locator("#search-results .search-hit").first()).containsText(code);
        page.locator("#search-results .search-hit").first().click();
        assertThat(page.locator("#project-code")).hasText(code);
        assertThat(page.locator("#breadcrumbs")).containsText("项目库");

        page.fill("#global-search-q", applicant);
        page.click("#global-search-submit");
        assertThat(page.locator("#search-results")).containsText("审批办件");
        assertThat(page.locator("#search-results")).containsText(applicant);
        page.navigate(url("/search?q=" + "不存在的名称XYZ"));
        assertThat(page.locator("#search-none")).containsText("没有找到");
    }

    @Test
    void theProblemListPagesSortsTotalsAndExportsWhatItShows() throws Exception {
        signIn("city");
        page.navigate(url("/projects/blockers?size=5"));
        assertThat(page.locator("#blocker-table tbody tr")).hasCount(5);
        assertThat(page.locator(".fagai-pager .fagai-total")).containsText("共");
        page.click("#blocker-table th a:has-text('办结时限')");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("sort=deadline");
        page.selectOption("#blocker-filter select[name=category]", "LAND");
        page.click("#blocker-filter button[type=submit]");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("category=LAND").contains("sort=deadline");
        Download download = page.waitForDownload(() -> page.click("#export"));
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(0)).isEqualTo("重点项目问题台账");
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(3)).isEqualTo("类别");
            org.assertj.core.api.Assertions.assertThat(rows.subList(2, rows.size())).allSatisfy(r ->
                    org.assertj.core.api.Assertions.assertThat(r.getCellText(3)).isEqualTo("用地"));
        }
        page.click(".fagai-reset");
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/projects/blockers");
    }

    @Test
    void theProjectCardAndTheMinutesPrintOnA4WithoutNavigation() {
        String code = jdbc.sql("""
                SELECT p.code FROM project p JOIN project_plan pl ON pl.project_id = p.id
                WHERE p.owner_credit_code = '913399027345678902' ORDER BY pl.year DESC, p.code LIMIT 1""").query(String.class).single();
        long meeting = jdbc.sql("SELECT id FROM joint_meeting ORDER BY id LIMIT 1").query(Long.class).single();
        signIn("city");
        page.navigate(url("/projects/" + code));
        assertThat(page.locator("#print-card")).isVisible();
        page.navigate(url("/projects/" + code + "/print"));
        assertThat(page.locator("#card-title")).containsText("项目基本情况表");
        assertThat(page.locator("#card-basics")).containsText("万元");
        assertThat(page.locator("#card-total")).hasText(java.util.regex.Pattern.compile("^\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?$"));
        assertThat(page.locator("#print-button")).isVisible();
        assertThat(page.locator("#sidebar")).hasCount(0);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("#print-button")).isHidden();
        screenshot("project-card-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        page.navigate(url("/projects/meetings/" + meeting + "/print"));
        assertThat(page.locator("#minutes-title")).containsText("会议纪要");
        assertThat(page.locator("#minutes-items tbody tr").first()).isVisible();
    }

    @Test
    void aDecidedApplicationShowsItsOutcomeAndTimeUsedAndPrintsItsNotices() {
        long decided = jdbc.sql("SELECT id FROM approval_application WHERE status = 'APPROVED' AND on_time ORDER BY id LIMIT 1")
                .query(Long.class).single();
        signIn("city");
        page.navigate(url("/approvals/" + decided));
        assertThat(page.locator("#outcome")).containsText("按期办结，用时");
        assertThat(page.locator("#remaining")).hasCount(0);
        page.navigate(url("/approvals/" + decided + "/print/acceptance"));
        assertThat(page.locator("#notice-title")).hasText("受理通知书");
        assertThat(page.locator("#promised-deadline")).containsText("前作出决定");
        page.navigate(url("/approvals/" + decided + "/print/decision"));
        assertThat(page.locator("#document-number")).containsText("号");
        page.navigate(url("/approvals?status=APPROVED"));
        assertThat(page.locator("#approval-table tbody tr").first().locator("td.remaining")).containsText("用时");
        page.navigate(url("/approvals?state=OVERDUE"));
        assertThat(page.locator("#approval-table tbody tr").first().locator("td.remaining")).containsText("已超期");
        assertThat(page.locator("#approval-table")).not().containsText(java.util.regex.Pattern.compile("\\d+ 小时 \\d+ 分"));
    }

    @Test
    void anEmptyListSaysNoDataAndTheEnglishLocaleNamesEveryLabel() {
        signIn("city");
        page.navigate(url("/projects?year=2023&q=不存在的项目XYZ"));
        assertThat(page.locator("#project-table tbody")).containsText("暂无数据");
        page.navigate(url("/projects?year=2023&lang=en"));
        assertThat(page.locator("#project-filter")).containsText("Reset");
        assertThat(page.locator("#project-table tbody tr").first()).not().containsText("市级");
        page.navigate(url("/projects?lang=zh_CN"));
    }

    @Test
    void theRegionPickerSearchesTheTreeAndFillsTheCode() {
        signIn("city");
        page.navigate(url("/projects/blockers"));
        page.click("#blocker-filter .fagai-picker-open");
        assertThat(page.locator("#blocker-filter .fagai-picker-panel")).isVisible();
        page.fill("#blocker-filter .fagai-picker-search", "东湖");
        page.locator("#blocker-filter .fagai-picker-item[data-code='339902']").click();
        assertThat(page.locator("#filter-region")).hasValue("339902");
        assertThat(page.locator("#blocker-filter .fagai-picker-name")).hasText("东湖区");
        page.click("#blocker-filter button[type=submit]");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("region=339902");
    }

    @Test
    void aRejectedFormShowsEachErrorBesideItsField() {
        signIn("admin");
        page.navigate(url("/admin/users/new"));
        assertThat(page.locator("label[for=username]")).hasClass(java.util.regex.Pattern.compile("fagai-required"));
        page.fill("#username", "city");
        page.fill("#displayName", "重复");
        page.fill("#regionCode", "339900");
        page.fill("#password", "weakpass");
        page.click("#save");
        assertThat(page.locator("#username")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#error-username")).containsText("用户名已存在");
    }

    @Test
    void anUploadedDocumentShowsItsRealSizeAndTypeAndOpensInTheBrowser() {
        long open = jdbc.sql("SELECT id FROM approval_application WHERE status IN ('RECEIVED', 'ACCEPTED') ORDER BY id LIMIT 1")
                .query(Long.class).single();
        signIn("city");
        page.navigate(url("/approvals/" + open));
        page.setInputFiles("#upload-files", new com.microsoft.playwright.options.FilePayload("补正材料.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.click("#upload");
        com.microsoft.playwright.Locator item = page.locator("#documents li", new Page.LocatorOptions().setHasText("补正材料.pdf"));
        assertThat(item.locator(".document-type")).hasText("PDF 文档");
        assertThat(item.locator(".document-size")).containsText("字节");
        assertThat(item.locator(".document-size")).not().containsText("0 KB");
        String href = item.locator("a").getAttribute("href");
        com.microsoft.playwright.APIResponse response = page.request().get(url(href));
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition")).startsWith("inline");
    }

    private void usePhone() {
        context.close();
        context = browserFor(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    private void assertNoHorizontalScroll() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("page wider than the phone").isLessThanOrEqualTo(1);
    }
}
