package org.fagai.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of packages with this quarter's visits against their {@link VisitPlan}. */
@Component
class PackageList {

    private static final String SELECT = """
            SELECT p.*, e.name, e.region_code, r.name AS region_name,
                   (SELECT count(*) FROM enterprise_visit v WHERE v.credit_code = p.credit_code AND v.visited_on BETWEEN ? AND ?) AS visits_q,
                   (SELECT max(v.visited_on) FROM enterprise_visit v WHERE v.credit_code = p.credit_code) AS last_visit
            FROM service_package p JOIN enterprise e ON e.credit_code = p.credit_code JOIN region r ON r.code = e.region_code""";

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final Clock clock;

    PackageList(JdbcClient jdbc, OrganizationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    record Filter(Long staffId, Long leaderId, String region, boolean behindOnly, int page, int size) {
    }

    record Page(List<ServiceViews.PackageView> items, long total, int page, int size) {
    }

    Optional<ServiceViews.PackageView> find(String creditCode) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = names();
        return jdbc.sql(SELECT + " WHERE p.credit_code = ?")
                .params(VisitPlan.quarterStart(today), VisitPlan.quarterEnd(today), creditCode)
                .query((rs, n) -> map(rs, today, names)).optional();
    }

    /** Packages in the user's scope; behind-plan ones only when asked (judged by {@link VisitPlan}, then paged). */
    Page list(Filter f, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>(List.of(VisitPlan.quarterStart(today), VisitPlan.quarterEnd(today)));
        StringBuilder where = new StringBuilder(" WHERE ").append(EnterpriseAccess.scope(user, "e", params));
        if (f.staffId() != null) {
            where.append(" AND p.staff_id = ?");
            params.add(f.staffId());
        }
        if (f.leaderId() != null) {
            where.append(" AND p.leader_id = ?");
            params.add(f.leaderId());
        }
        if (f.region() != null && !f.region().isBlank()) {
            where.append(" AND e.region_code LIKE ?");
            params.add(EnterpriseAccess.prefix(f.region().strip()) + "%");
        }
        Map<Long, String> names = names();
        List<ServiceViews.PackageView> all = jdbc.sql(SELECT + where + " ORDER BY e.region_code, e.name").params(params)
                .query((rs, n) -> map(rs, today, names)).list();
        List<ServiceViews.PackageView> matching = f.behindOnly() ? all.stream().filter(ServiceViews.PackageView::behind).toList() : all;
        int from = (int) Math.min((long) f.page() * f.size(), matching.size());
        return new Page(matching.subList(from, Math.min(matching.size(), from + f.size())), matching.size(), f.page(), f.size());
    }

    /** Packages in the user's scope without a visit in the period, by region and name, in one statement. */
    List<ServiceViews.PackageView> notVisited(LocalDate from, LocalDate to, CurrentUser user, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>(List.of(VisitPlan.quarterStart(today), VisitPlan.quarterEnd(today), from, to));
        String scope = EnterpriseAccess.scope(user, "e", params);
        params.add(size);
        params.add((long) page * size);
        Map<Long, String> names = names();
        return jdbc.sql(SELECT + " " + """
                         WHERE NOT EXISTS (SELECT 1 FROM enterprise_visit v WHERE v.credit_code = p.credit_code AND v.visited_on BETWEEN ? AND ?)
                           AND """ + " " + scope + " ORDER BY e.region_code, e.name LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> map(rs, today, names)).list();
    }

    Map<Long, String> names() {
        return directory.people().stream().collect(Collectors.toMap(OrganizationDirectory.Person::id,
                OrganizationDirectory.Person::displayName, (a, b) -> a));
    }

    private static ServiceViews.PackageView map(ResultSet rs, LocalDate today, Map<Long, String> names) throws SQLException {
        VisitPlan plan = new VisitPlan(rs.getInt("visits_per_quarter"));
        long visits = rs.getLong("visits_q");
        return new ServiceViews.PackageView(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getLong("leader_id"),
                names.get(rs.getLong("leader_id")), rs.getLong("staff_id"), names.get(rs.getLong("staff_id")),
                rs.getString("policies"), plan.perQuarter(), visits, rs.getObject("last_visit", LocalDate.class),
                plan.behind(visits), VisitPlan.quarterEnd(today));
    }
}
