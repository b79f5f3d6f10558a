package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 走访覆盖率 of a period: enterprises in packages visited at least once ÷ enterprises in packages ({@link CoverageRate}),
 * in total and by staff member, leader, town or flag; the not-yet-visited list.
 */
@Component
class Coverage {

    static final List<String> GROUPS = List.of("staff", "leader", "town", "flag");
    /** A package's enterprise visited in the period: one probe of the (credit code, date) index per package, not every visit. */
    private static final String VISITED = "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enterprise_visit v WHERE v.credit_code = p.credit_code"
            + " AND v.visited_on BETWEEN ? AND ?))";

    private final JdbcClient jdbc;
    private final PackageList packages;

    Coverage(JdbcClient jdbc, PackageList packages) {
        this.jdbc = jdbc;
        this.packages = packages;
    }

    record Group(String key, String label, long assigned, long visited, BigDecimal rate) {

        static Group of(String key, String label, CoverageRate r) {
            return new Group(key, label, r.assigned(), r.visited(), r.rate());
        }
    }

    record Result(LocalDate from, LocalDate to, String groupBy, Group total, List<Group> groups, boolean complete,
                  String sentence) {
    }

    /**
     * The coverage of a period in total and by a group. Staff, leader and town split the packages (each in one group), so
     * one grouped pass gives the groups and their sum is the total; flags may overlap (an enterprise with two flags is in
     * two groups), so the total is then counted on its own.
     */
    Result compute(LocalDate from, LocalDate to, String groupBy, CurrentUser user) {
        checkPeriod(from, to);
        boolean grouped = groupBy != null && !groupBy.isBlank();
        if (grouped && !GROUPS.contains(groupBy)) {
            throw FieldErrors.of("groupBy", StoredText.of("enterprise.error.groupBy", groupBy));
        }
        List<Group> groups = grouped ? groups(from, to, groupBy, user) : List.of();
        CoverageRate total = grouped && !"flag".equals(groupBy)
                ? CoverageRate.of(groups.stream().mapToLong(Group::assigned).sum(), groups.stream().mapToLong(Group::visited).sum())
                : total(from, to, user);
        return new Result(from, to, groupBy, Group.of("", "合计", total), groups, total.complete(), total.sentence());
    }

    private CoverageRate total(LocalDate from, LocalDate to, CurrentUser user) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        String scope = EnterpriseAccess.scope(user, "e", params);
        return jdbc.sql("SELECT count(*), " + VISITED + " FROM service_package p JOIN enterprise e ON e.credit_code = p.credit_code"
                        + " WHERE " + scope)
                .params(params).query((rs, n) -> CoverageRate.of(rs.getLong(1), rs.getLong(2))).single();
    }

    /** One grouped pass; town names are joined to the groups afterwards, not to every package. */
    private List<Group> groups(LocalDate from, LocalDate to, String groupBy, CurrentUser user) {
        String key = switch (groupBy) {
            case "staff" -> "p.staff_id::text";
            case "leader" -> "p.leader_id::text";
            case "town" -> "e.region_code";
            default -> "f.flag";
        };
        String join = "flag".equals(groupBy) ? " JOIN enterprise_flag f ON f.credit_code = p.credit_code AND f.year = ?" : "";
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (!join.isEmpty()) {
            params.add(to.getYear());
        }
        String scope = EnterpriseAccess.scope(user, "e", params);
        String names = "town".equals(groupBy) ? "(SELECT r.name FROM region r WHERE r.code = g.key)" : "NULL";
        Map<Long, String> people = "staff".equals(groupBy) || "leader".equals(groupBy) ? packages.names() : Map.of();
        return jdbc.sql("SELECT g.key, " + names + " AS name, g.assigned, g.visited FROM (SELECT " + key
                        + " AS key, count(*) AS assigned, " + VISITED + " AS visited FROM service_package p "
                        + "JOIN enterprise e ON e.credit_code = p.credit_code" + join + " WHERE " + scope + " GROUP BY 1) g ORDER BY 1")
                .params(params)
                .query((rs, n) -> Group.of(rs.getString(1), label(groupBy, rs.getString(1), rs.getString(2), people),
                        CoverageRate.of(rs.getLong(3), rs.getLong(4)))).list();
    }

    /** Packages without a visit in the period, by region and name, paged. */
    List<ServiceViews.PackageView> notVisited(LocalDate from, LocalDate to, CurrentUser user, int page, int size) {
        checkPeriod(from, to);
        return packages.notVisited(from, to, user, page, size);
    }

    private static String label(String groupBy, String key, String regionName, Map<Long, String> people) {
        return switch (groupBy) {
            case "staff", "leader" -> people.getOrDefault(Long.valueOf(key), key);
            case "town" -> regionName;
            default -> EnterpriseFlag.valueOf(key).name();
        };
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw FieldErrors.of(from == null ? "from" : "to", StoredText.of("enterprise.error.periodMissing"));
        }
        org.fagai.shared.Years.check("from", from.getYear());
        org.fagai.shared.Years.check("to", to.getYear());
        if (to.isBefore(from) || from.plusDays(DemandRates.MAX_DAYS).isBefore(to)) {
            throw FieldErrors.of("to", StoredText.of("enterprise.error.periodInvalid"));
        }
    }
}
