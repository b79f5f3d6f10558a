package org.fagai.project.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.project.internal.warnings.WarningBook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's month-by-month and per-region figures, read from the maintained project_month_total, equal the same
 * figures summed from the facts now — on the demo data, after a progress report, after a project moves region and after
 * its industry and total investment change; so do the list figures (pipeline, sections, colours, 入库).
 */
@FagaiIntegrationTest
@Transactional
class DashboardTotalsTest {

    @Autowired
    DashboardTotals totals;
    @Autowired
    WarningBook warnings;
    @Autowired
    ProjectSearch search;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void theMaintainedTotalsEqualTheFactsAfterAReportAndARegionMove() {
        int year = jdbc.queryForObject("SELECT max(extract(year FROM month))::int FROM project_warning", Integer.class);
        YearMonth wm = search.warningMonth(year);
        assertAgree(year, wm);

        long id = jdbc.queryForObject("""
                SELECT g.project_id FROM project_progress g WHERE g.current AND g.month BETWEEN ? AND ?
                ORDER BY g.project_id LIMIT 1""", Long.class, LocalDate.of(year, 1, 1), wm.atDay(1));
        LocalDate month = jdbc.queryForObject("SELECT min(month) FROM project_progress WHERE current AND project_id = ?"
                + " AND month BETWEEN ? AND ?", LocalDate.class, id, LocalDate.of(year, 1, 1), wm.atDay(1));
        jdbc.update("UPDATE project_progress SET completed_investment = completed_investment + 1234.5 WHERE current"
                + " AND project_id = ? AND month = ?", id, month);
        warnings.refreshProjects(List.of(id), year, month.getMonthValue());   // what a progress report does
        assertAgree(year, wm);

        String other = jdbc.queryForObject("SELECT code FROM region WHERE level = 'COUNTY' AND code <> (SELECT region_code"
                + " FROM project WHERE id = ?) ORDER BY code LIMIT 1", String.class, id);
        jdbc.update("UPDATE project SET region_code = ? WHERE id = ?", other, id);
        warnings.refreshProject(id, year);   // what an edit of the project does
        assertAgree(year, wm);

        String industry = jdbc.queryForObject("SELECT code FROM industry WHERE section <> coalesce((SELECT i.section FROM project p"
                + " JOIN industry i ON i.code = p.industry_code WHERE p.id = ?), '-') ORDER BY code LIMIT 1", String.class, id);
        jdbc.update("UPDATE project SET industry_code = ?, total_investment = total_investment + 100 WHERE id = ?", industry, id);
        warnings.refreshProject(id, year);
        assertAgree(year, wm);
    }

    @Test
    @WithUserDetails("admin")
    void aReportThatMovesAProjectOutOfItsOnlyKeyLeavesNoEmptyTotalBehind() {
        int year = jdbc.queryForObject("SELECT max(extract(year FROM month))::int FROM project_warning", Integer.class);
        YearMonth wm = search.warningMonth(year);
        long id = jdbc.queryForObject("SELECT project_id FROM project_warning WHERE month = ? ORDER BY project_id LIMIT 1",
                Long.class, wm.atDay(1));
        String empty = jdbc.queryForObject("SELECT code FROM region WHERE level = 'COUNTY' AND code NOT IN"
                + " (SELECT region_code FROM project) ORDER BY code LIMIT 1", String.class);
        jdbc.update("UPDATE project SET region_code = ? WHERE id = ?", empty, id);
        warnings.refreshProject(id, year);   // alone in its region now
        String other = jdbc.queryForObject("SELECT code FROM region WHERE level = 'COUNTY' AND code <> ? ORDER BY code LIMIT 1",
                String.class, empty);
        jdbc.update("UPDATE project SET region_code = ? WHERE id = ?", other, id);
        warnings.refreshProjects(List.of(id), year, wm.getMonthValue());   // the report's refresh: its rows move
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_month_total WHERE projects = 0", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_month_total WHERE region_code = ? AND month = ?", Long.class,
                empty, wm.atDay(1))).isZero();
        assertAgree(year, wm);
    }

    private void assertAgree(int year, YearMonth wm) {
        BigDecimal[] maintained = totals.yearToDate(null, wm, users.requireCurrent());
        assertThat(maintained).isNotNull();
        for (int m = 1; m <= wm.getMonthValue(); m++) {
            BigDecimal facts = jdbc.queryForObject("SELECT coalesce(sum(completed_investment), 0) FROM project_progress"
                    + " WHERE current AND month BETWEEN ? AND ?", BigDecimal.class, LocalDate.of(year, 1, 1), LocalDate.of(year, m, 1));
            assertThat(maintained[m]).as("year to date at month " + m).isEqualByComparingTo(facts);
        }
        Map<String, String> fromFacts = new TreeMap<>();
        jdbc.query("""
                SELECT p.region_code, count(*) AS n, sum(pl.planned_investment) AS plan, coalesce(sum(w.year_to_date), 0) AS ytd
                FROM project_plan pl JOIN project p ON p.id = pl.project_id
                LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ? WHERE pl.year = ? GROUP BY 1""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> fromFacts.put(rs.getString(1), rs.getLong(2) + "|"
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "|"
                        + rs.getBigDecimal(4).stripTrailingZeros().toPlainString()), wm.atDay(1), year);
        Map<String, String> fromTotals = new TreeMap<>();
        totals.regionRows(null, wm, users.requireCurrent()).forEach(r -> fromTotals.put(r.regionCode(), r.count() + "|"
                + r.planned().stripTrailingZeros().toPlainString() + "|" + r.yearToDate().stripTrailingZeros().toPlainString()));
        assertThat(fromTotals).isEqualTo(fromFacts);

        Map<String, String> listFromFacts = new TreeMap<>();
        jdbc.query("""
                SELECT pl.nature || '/' || p.stage || '/' || coalesce(i.section, '-') || '/' || coalesce(w.colour, '-') AS k,
                       count(*) AS n, sum(p.total_investment) AS total, sum(pl.planned_investment) AS plan,
                       count(*) FILTER (WHERE p.registered AND p.registered_on <= ?) AS registered
                FROM project_plan pl JOIN project p ON p.id = pl.project_id LEFT JOIN industry i ON i.code = p.industry_code
                LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ? WHERE pl.year = ? GROUP BY 1""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> listFromFacts.put(rs.getString(1), rs.getLong(2) + "|"
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "|"
                        + rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + "|" + rs.getLong(5)),
                wm.atEndOfMonth(), wm.atDay(1), year);
        Map<String, String> listFromTotals = new TreeMap<>();
        totals.listRows(null, wm, users.requireCurrent()).forEach(r -> listFromTotals.put(r.nature() + "/" + r.stage() + "/"
                + r.section() + "/" + r.colour(), r.count() + "|" + r.total().stripTrailingZeros().toPlainString() + "|"
                + r.planned().stripTrailingZeros().toPlainString() + "|" + r.registered()));
        assertThat(listFromTotals).as("the list figures by nature, stage, section and colour").isEqualTo(listFromFacts);
    }
}
