package org.fagai.funds.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Global search: funds applications by project code or name, within the user's scope. */
@Component
class FundsSearch implements SearchSource {

    private final JdbcClient jdbc;

    FundsSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = FundsScope.condition(user, params);
        String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        params.add(like);
        params.add(like);
        params.add(Math.max(0, limit));
        return jdbc.sql("SELECT a.id, a.year, a.project_code, a.project_name, c.name AS channel_name, a.requested FROM funds_application a"
                        + " JOIN funds_channel c ON c.code = a.channel WHERE " + scope
                        + " AND (a.project_code LIKE ? OR a.project_name LIKE ?) ORDER BY a.year DESC, a.id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> new SearchHit("nav.fundsApplications", rs.getString("project_name"),
                        rs.getInt("year") + "年 " + rs.getString("channel_name") + " " + rs.getString("project_code") + " 申请"
                                + rs.getBigDecimal("requested").stripTrailingZeros().toPlainString() + "万元",
                        "/funds/applications/" + rs.getLong("id")))
                .list();
    }
}
