package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.YearMonth;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProjectsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardStatesTheSeedSentenceAndDrawsItsCharts() {
        signIn("leader");
        page.navigate(url("/projects/dashboard?year=2023&level=CITY"));
        assertThat(page.locator("#summary-text"))
                .hasText("2023年实施市级重点项目1185个，总投资2299.67亿元。其中，新建项目541个，总投资1108.77亿元。");
        for (String id : new String[] {"chart-pipeline", "chart-months", "chart-regions", "chart-industries"}) {
            assertThat(page.locator("#" + id)).hasAttribute("data-rendered", "true");
            assertThat(page.locator("#" + id + " canvas")).hasCount(1);
        }
        assertThat(page.locator("#region-ranking tbody tr")).hasCount(7);
        screenshot("project-dashboard");
    }

    @Test
    void staffReopenALockedMonthAndTheOwnerReportsIt() {
        YearMonth month = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        String code = jdbc.sql("""
                SELECT p.code FROM project p JOIN project_plan pl ON pl.project_id = p.id AND pl.year = ?
                WHERE p.owner_credit_code = '913399027345678902'
                  AND NOT EXISTS (SELECT 1 FROM project_progress g WHERE g.project_id = p.id AND g.month = ?)
                ORDER BY p.code LIMIT 1""").params(month.getYear(), month.atDay(1)).query(String.class).single();

        signIn("district");
        page.navigate(url("/projects/" + code));
        page.fill("#reopen-form input[name=month]", month.toString());
        page.click("#reopen-form button");
        assertThat(page.locator("section")).containsText("已保存");
        context.clearCookies();

        signIn("owner");
        page.navigate(url("/projects/report?code=" + code));
        page.selectOption("#code", code);
        page.selectOption("#month", month.toString());
        page.fill("#completedInvestment", "1234.56");
        page.fill("#siteStatus", "主体结构施工至第三层");
        screenshot("project-report-form");
        page.click("#submit-report");
        assertThat(page.locator("section")).containsText(month + " 进度已填报");
        assertThat(page.locator("#progress-table")).containsText("1,234.56");
        assertThat(page.locator("#progress-table")).containsText("主体结构施工至第三层");
        assertThat(page.locator("#progress-chart")).hasAttribute("data-rendered", "true");
        screenshot("project-page");
    }

    @Test
    void theLibraryFiltersByWarningAndShowsOnlyTheOwnersProjectsToTheOwner() {
        signIn("city");
        page.navigate(url("/projects?year=2023&level=CITY&warning=RED"));
        assertThat(page.locator("#project-table tbody tr").first()).containsText("红灯");
        screenshot("project-library");
        context.clearCookies();
        signIn("owner");
        page.navigate(url("/projects?year=2023"));
        long ownerRows = jdbc.sql("""
                SELECT count(*) FROM project_plan pl JOIN project p ON p.id = pl.project_id
                WHERE pl.year = 2023 AND p.owner_credit_code = '913399027345678902'""").query(Long.class).single();
        assertThat(page.locator("#project-table tbody tr")).hasCount((int) ownerRows);
    }
}
