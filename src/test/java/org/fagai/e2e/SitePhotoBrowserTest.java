package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.project.internal.demo.SitePictures;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The owner's monthly report on a phone, with workers and a photo from the camera, then the stop of a project. */
class SitePhotoBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnerReportsTheMonthOnAPhoneWithASitePhotoAndSeesItInTheGallery() {
        YearMonth month = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        String code = jdbc.sql("""
                SELECT p.code FROM project p JOIN project_plan pl ON pl.project_id = p.id AND pl.year = ?
                WHERE p.owner_credit_code = '913399027345678902'
                  AND NOT EXISTS (SELECT 1 FROM project_progress g WHERE g.project_id = p.id AND g.month = ?)
                ORDER BY p.code DESC LIMIT 1""").params(month.getYear(), month.atDay(1)).query(String.class).single();
        jdbc.sql("""
                INSERT INTO project_month_reopen (project_id, month, open_until, reopened_by)
                SELECT id, ?, ?, 'city' FROM project WHERE code = ? ON CONFLICT (project_id, month) DO NOTHING""")
                .params(month.atDay(1), LocalDate.now(ChinaTime.ZONE).plusDays(3), code).update();

        onPhone();
        signIn("owner");
        page.navigate(url("/projects/report?code=" + code));
        page.selectOption("#code", code);
        page.selectOption("#month", month.toString());
        page.fill("#completedInvestment", "321.5");
        page.fill("#workersPlanned", "80");
        page.fill("#workersOnSite", "72");
        page.fill("#machines", "6");
        assertThat(page.locator("#photos")).hasAttribute("accept", "image/*");
        assertThat(page.locator("#photos")).hasAttribute("capture", "environment");
        page.setInputFiles("#photos", new FilePayload("IMG_20240101.jpg", "image/jpeg",
                SitePictures.jpeg(7_777, 1600, 1200, month.atDay(12).atTime(10, 0), true)));
        screenshot("project-report-phone");
        page.click("#submit-report");
        assertThat(page.locator("#photo-notes")).containsText("IMG_20240101.jpg 已上传");
        assertThat(page.locator("#progress-table")).containsText("72 / 80");
        assertThat(page.locator("#project-photos .fagai-photo")).hasCount(1);
        assertThat(page.locator("#project-photos")).containsText("拍摄于 " + month.atDay(12) + " 10:00");
        page.locator("#project-photos img").scrollIntoViewIfNeeded();   // lazy: loaded once in view, below other panels
        assertThat(page.locator("#project-photos img")).hasJSProperty("complete", true);
        screenshot("project-photos-phone");
    }

    @Test
    void staffSeeTheDemoStoppedProjectAndTheFlagsOfTheDemoPhotos() {
        String stopped = jdbc.sql("""
                SELECT p.code FROM project p JOIN project_stoppage s ON s.project_id = p.id WHERE s.status = 'CONFIRMED'
                ORDER BY s.id LIMIT 1""").query(String.class).single();
        signIn("city");
        page.navigate(url("/projects/" + stopped));
        assertThat(page.locator("#stoppage-current")).containsText("征地拆迁补偿纠纷");
        assertThat(page.locator("#stoppage-resume")).isVisible();
        String flagged = jdbc.sql("""
                SELECT p.code FROM project p JOIN project_photo f ON f.project_id = p.id WHERE f.duplicate_of IS NOT NULL
                ORDER BY f.id LIMIT 1""").query(String.class).single();
        page.navigate(url("/projects/" + flagged));
        assertThat(page.locator("#project-photos")).containsText("疑似重复使用照片：与 2023年10月");
        assertThat(page.locator("#project-photos .badge.bg-danger").first()).isVisible();
        screenshot("project-photos-flags");
    }

    @Test
    void staffReviewAMonthlyReportWithItsFlaggedPhotosOnOnePageAndAcceptIt() {
        String[] found = jdbc.sql("""
                SELECT p.code || ' ' || to_char(ph.month, 'YYYY-MM') FROM project_photo ph JOIN project p ON p.id = ph.project_id
                WHERE ph.inspection_id IS NULL AND (ph.outside_month OR ph.duplicate_of IS NOT NULL)
                  AND EXISTS (SELECT 1 FROM project_progress g WHERE g.project_id = p.id AND g.month = ph.month AND g.current)
                  AND NOT EXISTS (SELECT 1 FROM project_progress_review r WHERE r.project_id = p.id AND r.month = ph.month)
                ORDER BY ph.id LIMIT 1""").query(String.class).single().split(" ");
        signIn("city");
        page.navigate(url("/projects/" + found[0]));
        page.locator("#progress-table a.progress-review[href$='/" + found[1] + "/review']").click();
        assertThat(page.locator("#review-state")).hasAttribute("data-state", "PENDING");
        assertThat(page.locator("#review-figures")).isVisible();
        assertThat(page.locator("#review-photos .fagai-photo").first()).isVisible();
        assertThat(page.locator("#review-flagged")).isVisible();
        screenshot("report-review");
        page.fill("#review-reason", "照片存疑已电话核实");
        page.locator("#review-accept").click();
        assertThat(page.locator("#review-state")).hasAttribute("data-state", "ACCEPTED");
        assertThat(page.locator("#review-history tbody tr")).hasCount(1);
        onPhone();
        signIn("city");
        page.navigate(url("/projects/" + found[0] + "/progress/" + found[1] + "/review"));
        assertThat(page.locator("#review-history")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))
                .isEqualTo(false);
    }
}
