package org.fagai.project.internal.warnings;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code project_month_total}: the dashboard's figures as sums of {@code project_warning} per month, list level and region,
 * split by nature, stage, industry section and colour (with total investment and 入库 count), kept in the same
 * transaction as the warnings: rebuilt for the months and regions a refresh touched, or added to by new projects' rows.
 */
@Component
public class MonthTotals {

    /** The level under which every listed project counts once. */
    public static final String ANY_LEVEL = "ANY";

    /** The warning rows' sums, grouped by the table's key. */
    private static final String CONTRIBUTION = """
            SELECT w.month, pl.level, w.region_code, pl.nature, w.stage, coalesce(i.section, '-'), w.colour,
                   count(*), sum(pl.planned_investment), sum(w.year_to_date), sum(p.total_investment),
                   count(*) FILTER (WHERE p.registered AND p.registered_on < w.month + interval '1 month')
            FROM project_warning w JOIN project_plan pl ON pl.project_id = w.project_id AND pl.year = ?
            JOIN project p ON p.id = w.project_id LEFT JOIN industry i ON i.code = p.industry_code
            WHERE w.month BETWEEN ? AND ? %1$s GROUP BY 1, 2, 3, 4, 5, 6, 7
            UNION ALL
            SELECT w.month, 'ANY', w.region_code, '-', '-', '-', '-', count(*), 0, sum(w.year_to_date), 0, 0
            FROM project_warning w WHERE w.month BETWEEN ? AND ? %1$s GROUP BY 1, 3""";

    private static final String INSERT = "INSERT INTO project_month_total (month, level, region_code, nature, stage, section,"
            + " colour, projects, planned, year_to_date, total_investment, registered) ";

    private static final String ADDING = "\n" + """
             ON CONFLICT (month, level, region_code, nature, stage, section, colour) DO UPDATE
             SET projects = project_month_total.projects + excluded.projects,
                 planned = project_month_total.planned + excluded.planned,
                 year_to_date = project_month_total.year_to_date + excluded.year_to_date,
                 total_investment = project_month_total.total_investment + excluded.total_investment,
                 registered = project_month_total.registered + excluded.registered""";

    private final JdbcTemplate jdbc;

    MonthTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the rows of projects that had none in these months (new projects, a new list) to the totals, instead of
     * rebuilding every region they fall in; the regions' turns are taken as {@link #rebuild} takes them.
     */
    void add(int year, int from, int to, Collection<String> regions, Long[] projectIds) {
        if (regions.isEmpty()) {
            return;
        }
        LocalDate first = LocalDate.of(year, from, 1);
        LocalDate last = LocalDate.of(year, to, 1);
        lockRegions(regions.stream().sorted().toArray(String[]::new));
        jdbc.update(INSERT + CONTRIBUTION.formatted("AND w.project_id IN (SELECT unnest(?::bigint[]))") + ADDING,
                year, first, last, projectIds, first, last, projectIds);
    }

    private void lockRegions(String[] codes) {
        jdbc.queryForList("""
                SELECT pg_advisory_xact_lock_shared(hashtext('project_month_total')),
                       (SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('project_month_total:' || r))
                                              FROM unnest(?::text[]) AS r) AS locked)""",
                (Object) codes);
    }

    /** Recomputes the totals of {@code year}'s months {@code from}–{@code to} for these regions (null: every region). */
    void rebuild(int year, int from, int to, Collection<String> regions) {
        LocalDate first = LocalDate.of(year, from, 1);
        LocalDate last = LocalDate.of(year, to, 1);
        // Two reports of one region committing at once each deleted the rows, then both inserted them: a duplicate key
        // (409) for one owner (the month-end load test found it). The rebuilds of a region take turns, until commit;
        // a rebuild of every region waits for all of them.
        if (regions == null) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('project_month_total'))");
            jdbc.update("DELETE FROM project_month_total WHERE month BETWEEN ? AND ?", first, last);
            jdbc.update(INSERT + CONTRIBUTION.formatted(""), year, first, last, first, last);
        } else if (!regions.isEmpty()) {
            String[] codes = regions.stream().sorted().toArray(String[]::new);
            lockRegions(codes);
            jdbc.update("DELETE FROM project_month_total WHERE month BETWEEN ? AND ? AND region_code = ANY(?)", first, last, codes);
            jdbc.update(INSERT + CONTRIBUTION.formatted("AND w.region_code = ANY(?)"), year, first, last, codes, first, last, codes);
        }
    }
}
