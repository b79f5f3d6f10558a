package org.fagai.project.internal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.ProjectLevel;
import org.fagai.project.internal.warnings.MonthTotals;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the dashboard's list figures, month-by-month and per-region figures from {@code project_month_total} (see {@link MonthTotals}).
 * It covers a region scope, not a project owner's few projects, and a month the warnings were judged for: otherwise
 * the answer is null and the dashboard sums the facts.
 */
@Component
class DashboardTotals {

    /** A region's listed projects (one per list they are on), planned investment and year-to-date completion. */
    record RegionRow(String regionCode, long count, BigDecimal planned, BigDecimal yearToDate) {
    }

    /** Listed projects of one nature, stage, industry section ('-': none) and colour; {@code registered}: 入库 by then. */
    record ListRow(String nature, String stage, String section, String colour, long count, BigDecimal total,
                   BigDecimal planned, long registered) {
    }

    private final JdbcTemplate jdbc;

    DashboardTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Year-to-date completion at the end of each month 1..wm (index = month), each listed project once; or null. */
    BigDecimal[] yearToDate(ProjectLevel level, YearMonth wm, CurrentUser user) {
        List<Object> params = new ArrayList<>(List.of(level == null ? MonthTotals.ANY_LEVEL : level.name(),
                LocalDate.of(wm.getYear(), 1, 1), wm.atDay(1)));
        String scope = scope(user, params);
        if (scope == null) {
            return null;
        }
        BigDecimal[] ytd = new BigDecimal[13];
        boolean[] covered = {false};
        jdbc.query("SELECT extract(month FROM month)::int AS m, sum(year_to_date) AS ytd FROM project_month_total"
                + " WHERE level = ? AND month BETWEEN ? AND ?" + scope + " GROUP BY 1", rs -> {
            ytd[rs.getInt("m")] = rs.getBigDecimal("ytd");
            covered[0] |= rs.getInt("m") == wm.getMonthValue();
        }, params.toArray());
        if (!covered[0]) {
            return null;
        }
        for (int m = 1; m <= wm.getMonthValue(); m++) {
            ytd[m] = ytd[m] != null ? ytd[m] : m == 1 ? BigDecimal.ZERO : ytd[m - 1];
        }
        return ytd;
    }

    /** Per region at the warning month, counted per list as the list pages count; or null. */
    List<RegionRow> regionRows(ProjectLevel level, YearMonth wm, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = monthWhere(level, wm, user, params);
        if (where == null) {
            return null;
        }
        List<RegionRow> rows = jdbc.query("SELECT region_code, sum(projects) AS n, sum(planned) AS plan, sum(year_to_date) AS ytd"
                        + " FROM project_month_total WHERE " + where + " GROUP BY region_code",
                (rs, i) -> new RegionRow(rs.getString("region_code"), rs.getLong("n"), rs.getBigDecimal("plan"),
                        rs.getBigDecimal("ytd")), params.toArray());
        return rows.isEmpty() ? null : rows;
    }

    /** The list's pipeline, sections, colours and 入库 at the warning month, counted per list; or null. */
    List<ListRow> listRows(ProjectLevel level, YearMonth wm, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = monthWhere(level, wm, user, params);
        if (where == null) {
            return null;
        }
        List<ListRow> rows = jdbc.query("SELECT nature, stage, section, colour, sum(projects) AS n, sum(total_investment) AS total,"
                        + " sum(planned) AS plan, sum(registered) AS registered FROM project_month_total WHERE " + where
                        + " GROUP BY 1, 2, 3, 4",
                (rs, i) -> new ListRow(rs.getString("nature"), rs.getString("stage"), rs.getString("section"), rs.getString("colour"),
                        rs.getLong("n"), rs.getBigDecimal("total"), rs.getBigDecimal("plan"), rs.getLong("registered")),
                params.toArray());
        return rows.isEmpty() ? null : rows;
    }

    /** The region condition for the user, or null for a project owner (whose scope is by credit code). */
    /** The rows of month {@code wm} of a level (all levels when none) in the user's scope; null when the scope is empty. */
    private static String monthWhere(ProjectLevel level, YearMonth wm, CurrentUser user, List<Object> params) {
        params.add(wm.atDay(1));
        String levels = level == null ? " AND level <> '" + MonthTotals.ANY_LEVEL + "'" : " AND level = ?";
        if (level != null) {
            params.add(level.name());
        }
        String scope = scope(user, params);
        return scope == null ? null : "month = ?" + levels + scope;
    }

    private static String scope(CurrentUser user, List<Object> params) {
        if (user.role() == Role.OWNER) {
            return null;
        }
        if (user.role() == Role.ADMIN) {
            return "";
        }
        params.add(RegionCode.of(user.regionCode()).scopePrefix() + "%");
        return " AND region_code LIKE ?";
    }
}
