package org.fagai.energy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of on-site checks: filtered, sorted and paged in SQL, with its total; the export takes the same filters. */
@Component
class CheckList {

    private static final Map<String, String> SORTS = Map.of("checked", "c.checked_on, c.id", "name", "c.enterprise_name, c.id",
            "month", "c.year, c.month, c.id", "difference", "c.difference, c.id");

    /** Filters; blank means any; {@code open} only findings not yet rectified. */
    record Query(Integer year, String q, boolean open, String sort, boolean descending, int page, int size) {

        Query {
            sort = sort != null && SORTS.containsKey(sort) ? sort : null;
        }

        Map<String, String> filters() {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("year", year == null ? null : year.toString());
            filters.put("q", q);
            filters.put("open", open ? "true" : null);
            filters.put("sort", sort);
            filters.put("desc", descending ? "true" : null);
            return filters;
        }
    }

    private final OnSiteChecks checks;
    private final JdbcClient jdbc;

    CheckList(OnSiteChecks checks, JdbcClient jdbc) {
        this.checks = checks;
        this.jdbc = jdbc;
    }

    PagedList.Page<CheckView> search(Query q, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        return PagedList.page(jdbc, "energy_check c", where(q, user, params), params, order(q), q.page(), q.size(), this::rows);
    }

    List<CheckView> all(Query q, CurrentUser user, int limit) {
        List<Object> params = new ArrayList<>();
        return PagedList.all(where(q, user, params), params, order(q), limit, this::rows);
    }

    private List<CheckView> rows(String where, String tail, List<Object> params) {
        return withoutLines(checks.views(where + " " + tail, params));
    }

    /** Checks done in a region between two days, and how many of them found a difference above the tolerance. */
    record Done(long checks, long flagged) {
    }

    Done done(String regionCode, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE c.flagged) FROM energy_check c WHERE c.region_code LIKE ? AND c.checked_on BETWEEN ? AND ?")
                .params(org.fagai.shared.RegionCode.of(regionCode).scopePrefix() + "%", from, to)
                .query((rs, n) -> new Done(rs.getLong(1), rs.getLong(2))).single();
    }

    private static String where(Query q, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder("WHERE ").append(EnergyAccess.scope(user, "c.region_code", params));
        if (q.year() != null) {
            where.append(" AND c.year = ?");
            params.add(q.year());
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (c.credit_code LIKE ? OR c.enterprise_name LIKE ?)");
            params.add(PagedList.like(q.q(), true));
            params.add(PagedList.like(q.q(), false));
        }
        if (q.open()) {
            where.append(" AND c.flagged AND c.rectified_on IS NULL");
        }
        return where.toString();
    }

    private static String order(Query q) {
        return PagedList.order(SORTS, q.sort(), q.descending(), "c.checked_on DESC, c.id DESC");
    }

    /** A list shows checks without their lines (a single row would otherwise carry them). */
    private static List<CheckView> withoutLines(List<CheckView> rows) {
        return rows.stream().map(c -> c.lines().isEmpty() ? c : new CheckView(c.id(), c.creditCode(), c.enterpriseName(), c.regionCode(),
                c.month(), c.checkedOn(), c.checkers(), c.tolerance(), c.reportedTce(), c.checkedTce(), c.difference(), c.flagged(),
                c.itemId(), c.rectifiedOn(), c.note(), List.of())).toList();
    }
}
