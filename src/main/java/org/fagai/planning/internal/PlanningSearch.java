package org.fagai.planning.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The header search finds five-year plans and special actions by name, 价格认证 cases by number, subject or requester,
 * and monitored goods by name — plans, actions and cases only in the regions the user sees; nothing for unit accounts.
 */
@Component
class PlanningSearch implements SearchSource {

    private final JdbcClient jdbc;

    PlanningSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        if (query == null || query.isBlank() || user.role().unitAccount()) {
            return List.of();
        }
        String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<SearchHit> hits = new ArrayList<>();
        jdbc.sql("SELECT id, name, region_code, from_year, to_year FROM planning_plan WHERE name LIKE ? ORDER BY from_year DESC LIMIT 50")
                .param(like)
                .query((rs, n) -> user.canSeeRegion(rs.getString("region_code")) && hits.add(new SearchHit("planning.nav.plans",
                        rs.getString("name"), rs.getInt("from_year") + "—" + rs.getInt("to_year"), "/planning/plans/" + rs.getLong("id"))))
                .list();
        jdbc.sql("SELECT id, name, region_code, year FROM planning_action WHERE name LIKE ? ORDER BY year DESC LIMIT 50").param(like)
                .query((rs, n) -> user.canSeeRegion(rs.getString("region_code")) && hits.add(new SearchHit("planning.nav.actions",
                        rs.getString("name"), rs.getInt("year") + "年", "/planning/actions/" + rs.getLong("id"))))
                .list();
        jdbc.sql("""
                        SELECT id, case_no, subject, requester, region_code FROM price_certification
                        WHERE case_no LIKE ? OR subject LIKE ? OR requester LIKE ? ORDER BY request_date DESC LIMIT 50""")
                .params(like, like, like)
                .query((rs, n) -> user.canSeeRegion(rs.getString("region_code")) && hits.add(new SearchHit("planning.nav.certifications",
                        rs.getString("subject"), rs.getString("case_no") + " " + rs.getString("requester"),
                        "/prices/certifications/" + rs.getLong("id"))))
                .list();
        jdbc.sql("SELECT id, name, spec, unit FROM price_good WHERE name LIKE ? ORDER BY seq LIMIT 10").param(like)
                .query((rs, n) -> hits.add(new SearchHit("planning.nav.prices", rs.getString("name"),
                        rs.getString("spec") + " " + rs.getString("unit"), "/prices/goods/" + rs.getInt("id"))))
                .list();
        return hits.stream().limit(Math.max(0, limit)).toList();
    }
}
