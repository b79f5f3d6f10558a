package org.fagai.funds.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * To-do entries: for the DRC's staff the declarations awaiting review; for staff and owners the funds whose spending
 * is red or idle (read from the stored judgement).
 */
@Component
class FundsTodos implements TodoSource {

    private static final int LIMIT = 20;

    private final JdbcClient jdbc;

    FundsTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        List<TodoEntry> entries = new ArrayList<>();
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT) {
            List<Object> params = new ArrayList<>();
            String scope = FundsScope.condition(user, params);
            params.add(LIMIT);
            jdbc.sql("SELECT a.id, a.project_name, a.state, a.declared_on, a.drc_passed_on FROM funds_application a WHERE " + scope
                            + " AND a.state IN ('DECLARED', 'DRC_PASSED') ORDER BY a.declared_on, a.id LIMIT ?")
                    .params(params)
                    .query((rs, n) -> entries.add(new TodoEntry("funds.review", rs.getString("project_name") + "："
                            + ("DECLARED".equals(rs.getString("state")) ? "待发改审核" : "待财政审核"),
                            null, Colour.GREEN, "/funds/applications/" + rs.getLong("id"))))
                    .list();
        }
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT || user.role() == Role.OWNER) {
            List<Object> params = new ArrayList<>();
            String scope = FundsScope.condition(user, params);
            params.add(LIMIT);
            jdbc.sql("SELECT a.id, a.project_name, a.spending_colour, a.spending_gap, a.idle FROM funds_application a WHERE " + scope
                            + " AND (a.spending_colour = 'RED' OR a.idle) ORDER BY a.spending_gap DESC NULLS LAST, a.id LIMIT ?")
                    .params(params)
                    .query((rs, n) -> entries.add(new TodoEntry("funds.spending", rs.getString("project_name") + "："
                            + (rs.getBoolean("idle") ? "资金闲置，" : "") + "支出进度落后序时进度"
                            + rs.getBigDecimal("spending_gap").stripTrailingZeros().toPlainString() + "个百分点",
                            endOfMonth(), "RED".equals(rs.getString("spending_colour")) ? Colour.RED : Colour.YELLOW,
                            "/funds/applications/" + rs.getLong("id"))))
                    .list();
        }
        return entries;
    }

    private static LocalDate endOfMonth() {
        LocalDate today = LocalDate.now(org.fagai.shared.ChinaTime.ZONE);
        return today.withDayOfMonth(today.lengthOfMonth());
    }
}
