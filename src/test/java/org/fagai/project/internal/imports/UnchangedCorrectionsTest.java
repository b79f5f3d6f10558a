package org.fagai.project.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.ProgressReported;
import org.fagai.project.internal.progress.ProgressInput;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * A correction that keeps the month's amount (a file uploaded again, a site status put right) stores its version but
 * changes no year-to-date figure, so it reports no progress and its project's warnings are not judged again; a first
 * report and a correction to another amount do.
 */
@FagaiIntegrationTest
@RecordApplicationEvents
@Transactional
class UnchangedCorrectionsTest {

    @Autowired
    ProgressImport imports;
    @Autowired
    ProgressLedger ledger;
    @Autowired
    ProjectSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    @WithUserDetails("admin")
    void onlyTheProjectsWhoseAmountChangedAreReported() {
        int year = jdbc.queryForObject("SELECT max(extract(year FROM month))::int FROM project_warning", Integer.class);
        YearMonth month = search.warningMonth(year);
        List<Object[]> projects = jdbc.query("""
                SELECT p.id, p.code FROM project p WHERE EXISTS (SELECT 1 FROM project_warning w WHERE w.project_id = p.id AND w.month = ?)
                  AND p.total_investment - p.completed_before - coalesce((SELECT sum(g.completed_investment) FROM project_progress g
                      WHERE g.project_id = p.id AND g.current), 0) > 10
                ORDER BY p.id LIMIT 2""", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, month.atDay(1));
        assertThat(projects).hasSize(2);
        projects.forEach(p -> jdbc.update("INSERT INTO project_month_reopen (project_id, month, open_until, reopened_by)"
                + " VALUES (?, ?, '2099-12-31', 'test') ON CONFLICT (project_id, month) DO NOTHING", p[0], month.atDay(1)));
        long first = (Long) projects.get(0)[0];
        long second = (Long) projects.get(1)[0];

        importRows(projects, month, "1.37", "1.37");
        long reportedBefore = events.stream(ProgressReported.class).count();
        assertThat(reportedBefore).isPositive();
        String warningsBefore = warningRows(first);
        long versions = jdbc.queryForObject("SELECT count(*) FROM project_progress", Long.class);

        importRows(projects, month, "1.37", "2.5");   // the first as stored, the second corrected
        assertThat(events.stream(ProgressReported.class).skip(reportedBefore))
                .containsExactly(new ProgressReported(month.getYear(), month.getMonthValue(), List.of(second)));
        importRows(projects, month, "1.370", "2.50");   // the same amounts again: versions, no report
        assertThat(events.stream(ProgressReported.class).count()).isEqualTo(reportedBefore + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_progress", Long.class)).isEqualTo(versions + 4);

        int latest = jdbc.queryForObject("SELECT max(version) FROM project_progress WHERE project_id = ? AND month = ?",
                Integer.class, first, month.atDay(1));
        int version = ledger.report((String) projects.get(0)[1],
                new ProgressInput(month.toString(), new BigDecimal("1.37"), "竣工验收准备", "无"));   // the form: status alone
        assertThat(version).isEqualTo(latest + 1);
        assertThat(events.stream(ProgressReported.class).count()).isEqualTo(reportedBefore + 1);
        assertThat(warningRows(first)).isEqualTo(warningsBefore);
        ledger.report((String) projects.get(0)[1], new ProgressInput(month.toString(), new BigDecimal("1.38"), "竣工验收准备", "无"));
        assertThat(events.stream(ProgressReported.class).count()).isEqualTo(reportedBefore + 2);
        assertThat(warningRows(first)).isNotEqualTo(warningsBefore);
    }

    private void importRows(List<Object[]> projects, YearMonth month, String... amounts) {
        List<List<?>> rows = java.util.stream.IntStream.range(0, projects.size()).<List<?>>mapToObj(i ->
                Arrays.asList(projects.get(i)[1], month.toString(), new BigDecimal(amounts[i]), "主体施工", "")).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "月度进度", ImportColumns.progressTemplate(), rows);
        assertThat(imports.importProgress(ExcelImport.read(new ByteArrayInputStream(out.toByteArray()),
                ImportColumns.PROGRESS_REQUIRED))).isEqualTo(projects.size());
    }

    /** The project's warning rows of the year as stored, with their year-to-date. */
    private String warningRows(long projectId) {
        return jdbc.queryForObject("SELECT string_agg(month || ':' || colour || ':' || year_to_date || ':' || ctid, ',' ORDER BY month)"
                + " FROM project_warning WHERE project_id = ?", String.class, projectId);
    }
}
