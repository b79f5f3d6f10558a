package org.fagai.attraction.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.fagai.shared.web.MessageText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Global search: leads by investor (or project) name, within the user's region; unit accounts find none. */
@Component
class AttractionSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final MessageText text;

    AttractionSearch(JdbcClient jdbc, MessageText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        if (query == null || query.isBlank() || user.role().unitAccount()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = AttractionAccess.scope(user, "l", params);
        params.add("%" + query.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.add(Math.max(0, limit));
        return jdbc.sql("SELECT l.id, l.investor_name, l.project_name, l.stage, l.agreed_investment, l.intended_investment"
                        + " FROM attraction_lead l WHERE " + scope + " AND l.search_text LIKE ? ORDER BY l.id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> new SearchHit("attraction.nav.leads", rs.getString("investor_name"),
                        detail(rs.getString("project_name"), LeadStage.valueOf(rs.getString("stage")),
                                rs.getBigDecimal("agreed_investment"), rs.getBigDecimal("intended_investment")),
                        "/attraction/leads/" + rs.getLong("id")))
                .list();
    }

    /** The project, its stage and its investment in the searcher's language. */
    private String detail(String project, LeadStage stage, java.math.BigDecimal agreed, java.math.BigDecimal intended) {
        String stageName = text.get("attraction.stage." + stage.name());
        return agreed != null
                ? text.get("attraction.search.detailAgreed", project, stageName, agreed.stripTrailingZeros().toPlainString())
                : text.get("attraction.search.detailIntended", project, stageName, intended.stripTrailingZeros().toPlainString());
    }
}
