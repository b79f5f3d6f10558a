package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class AdministrationBrowserTest extends BrowserTest {

    @Test
    void anAdministratorMarksAHolidayOnTheCalendarAndTheChangeIsAudited() {
        signIn("admin");
        page.navigate(url("/calendar?month=2031-03"));
        assertThat(page.locator("#not-announced")).isVisible();
        page.click("#calendar-grid td[data-date='2031-03-10']");
        page.selectOption("#day-kind", "HOLIDAY");
        page.fill("#day-name", "测试假日");
        page.click("#day-save");
        assertThat(page.locator("td[data-date='2031-03-10']")).hasClass(java.util.regex.Pattern.compile("fagai-day-holiday"));
        assertThat(page.locator("td[data-date='2031-03-10']")).containsText("测试假日");
        screenshot("calendar-edited");

        page.navigate(url("/admin/audit?targetType=calendar"));
        assertThat(page.locator("#audit-table")).containsText("2031-03-10");
        assertThat(page.locator("#audit-table")).containsText("测试假日");
    }

    @Test
    void theCalendarShowsNationalDayAndTheAdjustedWorkingSunday() {
        signIn("city");
        page.navigate(url("/calendar?month=2024-10"));
        assertThat(page.locator("td[data-date='2024-10-01']")).containsText("国庆节");
        assertThat(page.locator("td[data-date='2024-10-01']")).hasClass(java.util.regex.Pattern.compile("fagai-day-holiday"));
        assertThat(page.locator("td[data-date='2024-10-12']")).hasClass(java.util.regex.Pattern.compile("fagai-day-adjusted"));
        assertThat(page.locator("#day-form")).hasCount(0);
    }

    @Test
    void anAdministratorAddsADepartmentAndExportsTheAuditLog() throws Exception {
        signIn("admin");
        page.navigate(url("/admin/departments/new"));
        page.fill("#name", "浏览器测试科");
        page.fill("#regionCode", "339900");
        page.click("#save");
        assertThat(page.locator("section")).containsText("已保存");
        assertThat(page.locator("table")).containsText("浏览器测试科");

        page.navigate(url("/admin/audit?targetType=department"));
        assertThat(page.locator("#audit-table")).containsText("浏览器测试科");
        Download download = page.waitForDownload(() -> page.click("#export"));
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(0)).isEqualTo("审计日志");
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(0)).isEqualTo("时间");
            org.assertj.core.api.Assertions.assertThat(rows).anySatisfy(
                    row -> org.assertj.core.api.Assertions.assertThat(row.getCellText(5)).contains("浏览器测试科"));
        }
    }

    @Test
    void aBadUserFormShowsEveryProblemInChinese() {
        signIn("admin");
        page.navigate(url("/admin/users/new"));
        page.fill("#username", "city");
        page.fill("#displayName", "重复");
        page.fill("#regionCode", "339900");
        page.fill("#password", "weakpass");
        page.click("#save");
        assertThat(page.locator("#form-errors")).containsText("用户名已存在");
        assertThat(page.locator("#form-errors")).containsText("至少三类");
    }
}
