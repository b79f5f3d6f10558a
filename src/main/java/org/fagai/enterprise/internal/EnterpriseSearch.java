package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The header search finds enterprises by name or credit code, within the user's scope. */
@Component
class EnterpriseSearch implements SearchSource {

    private final JdbcClient jdbc;

    EnterpriseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = EnterpriseAccess.scope(user, "e", params);
        params.add("%" + query.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        params.add(Math.max(1, Math.min(limit, 50)));
        return jdbc.sql("SELECT e.credit_code, e.name, r.name FROM enterprise e JOIN region r ON r.code = e.region_code WHERE "
                        + scope + " AND e.search_text LIKE ? ORDER BY e.name LIMIT ?")
                .params(params)
                .query((rs, n) -> new SearchHit("enterprise.nav.registry", rs.getString(2), rs.getString(1) + " · " + rs.getString(3),
                        "/enterprises/" + rs.getString(1)))
                .list();
    }
}
