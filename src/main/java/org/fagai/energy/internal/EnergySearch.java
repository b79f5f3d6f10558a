package org.fagai.energy.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.fagai.shared.web.MessageText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The header search finds 节能审查 by project code or name, within the user's region (unit accounts find nothing); the
 * result line in the searcher's language.
 */
@Component
class EnergySearch implements SearchSource {

    private final JdbcClient jdbc;
    private final MessageText text;

    EnergySearch(JdbcClient jdbc, MessageText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        if (query == null || query.isBlank() || user.role().unitAccount()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = EnergyAccess.scope(user, "r.region_code", params);
        String like = "%" + query.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        params.add(like);
        params.add(like);
        params.add(Math.max(1, Math.min(limit, 50)));
        return jdbc.sql("SELECT r.id, r.project_code, r.project_name, r.review_class, r.annual_tce FROM energy_review r WHERE " + scope
                        + " AND (r.project_code LIKE ? OR r.project_name LIKE ?) ORDER BY r.applied_on DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> new SearchHit("nav.energyReviews", rs.getString(3), text.get("energy.search.detail",
                        rs.getString(2), rs.getBigDecimal(5).stripTrailingZeros().toPlainString()), "/energy/reviews/" + rs.getLong(1)))
                .list();
    }
}
