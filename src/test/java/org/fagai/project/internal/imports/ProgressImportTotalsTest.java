package org.fagai.project.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.project.internal.warnings.WarningBook;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A progress import changes the dashboard's month totals by the difference between the old warning rows and the new ones
 * instead of rebuilding them: after an import, its correction, a project leaving the list (a rebuild) and another import,
 * the totals are exactly what a fresh recomputation of the year writes. The same file imported again stores new versions
 * but rewrites no warning row (they come out the same).
 */
@FagaiIntegrationTest
@Transactional
class ProgressImportTotalsTest {

    @Autowired
    ProgressImport imports;
    @Autowired
    WarningBook warnings;
    @Autowired
    ProjectSearch search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void anImportItsCorrectionAndAProjectLeavingTheListLeaveTheTotalsAsAFreshRecomputationWritesThem() {
        int year = jdbc.queryForObject("SELECT max(extract(year FROM month))::int FROM project_warning", Integer.class);
        YearMonth wm = search.warningMonth(year);
        // Projects on the year's list with room left under their total investment for a year's plan more.
        List<Object[]> projects = jdbc.query("""
                SELECT p.id, p.code, (SELECT max(pl.planned_investment) FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)
                FROM project p WHERE EXISTS (SELECT 1 FROM project_warning w WHERE w.project_id = p.id AND w.month = ?)
                  AND p.total_investment - p.completed_before - coalesce((SELECT sum(g.completed_investment) FROM project_progress g
                      WHERE g.project_id = p.id AND g.current), 0)
                      > 2 * (SELECT max(pl.planned_investment) FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)
                ORDER BY p.id LIMIT 4""", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)},
                year, wm.atDay(1), year);
        assertThat(projects).hasSize(4);
        projects.forEach(p -> jdbc.update("INSERT INTO project_month_reopen (project_id, month, open_until, reopened_by)"
                + " VALUES (?, ?, '2099-12-31', 'test') ON CONFLICT (project_id, month) DO NOTHING", p[0], wm.atDay(1)));
        String before = totals(year);

        importRows(projects, wm, "0.4");      // less than the time's progress asks
        String afterFirst = totals(year);
        assertThat(afterFirst).isNotEqualTo(before);
        importRows(projects, wm, "0.9");      // the correction: most of the year's plan
        String corrected = totals(year);
        assertThat(corrected).isNotEqualTo(afterFirst);
        String rowsStored = warningRowPlaces(projects);
        long versions = jdbc.queryForObject("SELECT count(*) FROM project_progress", Long.class);
        importRows(projects, wm, "0.9");      // the same file again: new versions, the same warning rows left in place
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_progress", Long.class)).isEqualTo(versions + projects.size());
        assertThat(warningRowPlaces(projects)).as("warning rows not rewritten").isEqualTo(rowsStored);
        assertThat(totals(year)).isEqualTo(corrected);

        long leaving = (Long) projects.get(0)[0];
        jdbc.update("DELETE FROM project_plan WHERE project_id = ? AND year = ?", leaving, year);
        warnings.refreshProject(leaving, year);   // what a changed list entry does: its regions are rebuilt
        importRows(projects.subList(1, projects.size()), wm, "0.3");

        String incremental = totals(year);
        warnings.refreshYear(year);
        assertThat(incremental).as("the totals kept by difference").isEqualTo(totals(year));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_month_total WHERE projects = 0", Long.class)).isZero();
    }

    private void importRows(List<Object[]> projects, YearMonth month, String shareOfPlan) {
        List<List<?>> rows = projects.stream().<List<?>>map(p -> Arrays.asList(p[1], month.toString(),
                ((BigDecimal) p[2]).multiply(new BigDecimal(shareOfPlan)).setScale(2, RoundingMode.HALF_UP), "主体施工", "")).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "月度进度", ImportColumns.progressTemplate(), rows);
        assertThat(imports.importProgress(ExcelImport.read(new ByteArrayInputStream(out.toByteArray()),
                ImportColumns.PROGRESS_REQUIRED))).isEqualTo(projects.size());
    }

    /** Where the projects' warning rows are stored (a rewritten row moves). */
    private String warningRowPlaces(List<Object[]> projects) {
        return jdbc.queryForObject("SELECT string_agg(project_id || '@' || month || ':' || ctid, ',' ORDER BY project_id, month)"
                + " FROM project_warning WHERE project_id = ANY(?)", String.class,
                (Object) projects.stream().map(p -> (Long) p[0]).toArray(Long[]::new));
    }

    /** Every total of the year, one line each, in key order. */
    private String totals(int year) {
        return String.join("\n", jdbc.queryForList("""
                SELECT concat_ws('|', month, level, region_code, nature, stage, section, colour, projects, planned, year_to_date,
                                 total_investment, registered)
                FROM project_month_total WHERE month BETWEEN ? AND ?
                ORDER BY month, level, region_code, nature, stage, section, colour""", String.class,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)));
    }
}
