package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code project_month_total}: the dashboard's figures as sums of {@code project_warning} per month, list level and region,
 * split by nature, stage, industry section and colour (with total investment and 入库 count), kept in the same
 * transaction as the warnings: rebuilt for the months and regions a refresh touched, or changed by the difference between
 * the rows a refresh removed and those it wrote (see {@link #change}).
 */
@Component
public class MonthTotals {

    /** The level under which every listed project counts once. */
    public static final String ANY_LEVEL = "ANY";

    /** The warning rows' sums, grouped by the table's key ({@link #count} takes the same key in Java: change both). */
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

    private static final String IN_REGIONS =
            "AND w.region_code = ANY(?) AND w.project_id IN (SELECT r.id FROM project r WHERE r.region_code = ANY(?))";

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

    /** A warning row as the totals count it: its project, month, colour, year to date, stage and region as stored. */
    record Counted(long projectId, LocalDate month, String colour, BigDecimal yearToDate, String stage, String regionCode) {
    }

    /**
     * Takes the {@code removed} rows out of the totals and puts the {@code added} ones in, by the difference per key, for
     * a refresh whose projects kept their list entries, industry, total investment and 入库 since their rows were counted
     * (new projects, a report: at most the month's few thousand keys change, instead of every row of every region being
     * summed again). The key is {@link #CONTRIBUTION}'s, taken in Java from rows the refresh already holds; the rows' own
     * stage and region are the ones counted, so a project that moved between them leaves its old key.
     */
    void change(int year, Collection<Counted> removed, Collection<Counted> added) {
        change(year, removed, added, null);
    }

    /** {@link #change(int, Collection, Collection)} with the projects' list entries already read (null: read them). */
    void change(int year, Collection<Counted> removed, Collection<Counted> added, Map<Long, List<Listed>> listed) {
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        Long[] ids = java.util.stream.Stream.concat(removed.stream(), added.stream()).map(Counted::projectId).distinct()
                .toArray(Long[]::new);
        Map<Long, List<Listed>> lists = listed != null ? listed : listed(year, ids);
        Map<List<Object>, Sums> delta = new HashMap<>();
        removed.forEach(row -> count(row, lists.getOrDefault(row.projectId(), List.of()), -1, delta));
        added.forEach(row -> count(row, lists.getOrDefault(row.projectId(), List.of()), 1, delta));
        delta.values().removeIf(Sums::isZero);
        if (delta.isEmpty()) {
            return;
        }
        List<List<Object>> keys = delta.keySet().stream().sorted(MonthTotals::compareKeys).toList();
        List<Sums> sums = keys.stream().map(delta::get).toList();
        String[] regions = delta.keySet().stream().map(k -> (String) k.get(2)).distinct().sorted().toArray(String[]::new);
        lockRegions(regions);
        // In key order, so two imports changing the same keys lock them in the same order.
        List<Boolean> emptied = jdbc.queryForList(INSERT + """
                SELECT d.m, d.l, d.r, d.n, d.s, d.sec, d.c, d.p, d.pl, d.y, d.t, d.reg
                FROM unnest(?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::int[], ?::numeric[], ?::numeric[], ?::numeric[], ?::int[])
                     WITH ORDINALITY AS d(m, l, r, n, s, sec, c, p, pl, y, t, reg, o)
                ORDER BY d.o""" + ADDING + "\nRETURNING projects = 0", Boolean.class,
                column(keys, 0), column(keys, 1), column(keys, 2), column(keys, 3), column(keys, 4), column(keys, 5), column(keys, 6),
                sums.stream().map(x -> x.projects).toArray(Integer[]::new),
                sums.stream().map(x -> x.planned.toPlainString()).toArray(String[]::new),
                sums.stream().map(x -> x.yearToDate.toPlainString()).toArray(String[]::new),
                sums.stream().map(x -> x.totalInvestment.toPlainString()).toArray(String[]::new),
                sums.stream().map(x -> x.registered).toArray(Integer[]::new));
        if (!emptied.contains(Boolean.TRUE)) {
            return;
        }
        LocalDate first = keys.stream().map(k -> (LocalDate) k.get(0)).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = keys.stream().map(k -> (LocalDate) k.get(0)).max(LocalDate::compareTo).orElseThrow();
        jdbc.update("DELETE FROM project_month_total WHERE month BETWEEN ? AND ? AND region_code = ANY(?) AND projects = 0",
                first, last, regions);
    }

    /** A project's line on a list of the year, with the project's figures the totals sum beside it. */
    record Listed(String level, String nature, BigDecimal planned, String section, BigDecimal totalInvestment,
                  LocalDate registeredOn) {
    }

    /**
     * The lines of one project from a row holding its entries of the year as arrays ({@code levels}, {@code natures},
     * {@code plans}) beside {@code section}, {@code total_investment} and {@code counted_registered_on} (the 入库 date
     * when registered), as {@link #listed(int, Long[])} reads them.
     */
    static List<Listed> listed(ResultSet rs) throws SQLException {
        String[] levels = (String[]) rs.getArray("levels").getArray();
        String[] natures = (String[]) rs.getArray("natures").getArray();
        BigDecimal[] plans = (BigDecimal[]) rs.getArray("plans").getArray();
        List<Listed> lines = new ArrayList<>(levels.length);
        for (int i = 0; i < levels.length; i++) {
            lines.add(new Listed(levels[i], natures[i], plans[i], rs.getString("section"), rs.getBigDecimal("total_investment"),
                    rs.getObject("counted_registered_on", LocalDate.class)));
        }
        return lines;
    }

    private Map<Long, List<Listed>> listed(int year, Long[] ids) {
        Map<Long, List<Listed>> lists = new HashMap<>();
        jdbc.query("""
                SELECT pl.project_id, pl.level, pl.nature, pl.planned_investment, coalesce(i.section, '-') AS section,
                       p.total_investment, CASE WHEN p.registered THEN p.registered_on END AS registered_on
                FROM project_plan pl JOIN project p ON p.id = pl.project_id LEFT JOIN industry i ON i.code = p.industry_code
                WHERE pl.year = ? AND pl.project_id IN (SELECT unnest(?::bigint[]))""", (ResultSet rs) -> {
            lists.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Listed(rs.getString(2), rs.getString(3),
                    rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class)));
        }, year, ids);
        return lists;
    }

    /** A row's share of each key it counts under (see {@link #CONTRIBUTION}), times {@code sign}. */
    private static void count(Counted row, List<Listed> lines, int sign, Map<List<Object>, Sums> delta) {
        BigDecimal ytd = row.yearToDate() == null ? BigDecimal.ZERO : row.yearToDate();
        delta.computeIfAbsent(List.of(row.month(), ANY_LEVEL, row.regionCode(), "-", "-", "-", "-"), k -> new Sums())
                .add(sign, BigDecimal.ZERO, ytd, BigDecimal.ZERO, 0);
        for (Listed line : lines) {
            boolean registered = line.registeredOn() != null && line.registeredOn().isBefore(row.month().plusMonths(1));
            delta.computeIfAbsent(List.of(row.month(), line.level(), row.regionCode(), line.nature(), row.stage(), line.section(),
                    row.colour()), k -> new Sums()).add(sign, line.planned(), ytd, line.totalInvestment(), registered ? 1 : 0);
        }
    }

    @SuppressWarnings("unchecked")
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String[] column(List<List<Object>> keys, int index) {
        return keys.stream().map(k -> k.get(index).toString()).toArray(String[]::new);
    }

    /** The differences of one key's sums. */
    private static final class Sums {
        int projects;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal yearToDate = BigDecimal.ZERO;
        BigDecimal totalInvestment = BigDecimal.ZERO;
        int registered;

        void add(int sign, BigDecimal plannedShare, BigDecimal ytd, BigDecimal total, int registeredShare) {
            projects += sign;
            planned = plus(planned, plannedShare, sign);
            yearToDate = plus(yearToDate, ytd, sign);
            totalInvestment = plus(totalInvestment, total, sign);
            registered += sign * registeredShare;
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal value, int sign) {
            return value == null ? sum : sign > 0 ? sum.add(value) : sum.subtract(value);
        }

        boolean isZero() {
            return projects == 0 && registered == 0 && planned.signum() == 0 && yearToDate.signum() == 0
                    && totalInvestment.signum() == 0;
        }
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
            // The rows are reached through their projects (project_region_idx, then the key (project_id, month)): the
            // table has no index by month and region, whose upkeep cost a third of a bulk COPY. A row keeps its project's
            // region (a region change judges every listed year again), so both conditions pick the same rows.
            jdbc.update(INSERT + CONTRIBUTION.formatted(IN_REGIONS), year, first, last, codes, codes, first, last, codes, codes);
        }
    }
}
