package org.fagai.funds.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two to-do entries at most, each counting its applications and linking to the filtered list: declarations awaiting
 * review (the DRC's staff), and funds whose spending is red or idle (staff and owners; the stored judgement), due at the
 * end of next month: before the judgement after next (spending is judged monthly, at the start of each month).
 */
@Component
class FundsTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageText text;

    FundsTodos(JdbcClient jdbc, Clock clock, MessageText text) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.text = text;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        List<TodoEntry> entries = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate nextMonth = today.plusMonths(1);
        LocalDate monthEnd = nextMonth.withDayOfMonth(nextMonth.lengthOfMonth());
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT) {
            long drc = count(user, "a.state = 'DECLARED'");
            long finance = count(user, "a.state = 'DRC_PASSED'");
            if (drc + finance > 0) {
                entries.add(new TodoEntry("funds.review", text.get("funds.todo.review", drc, finance), monthEnd,
                        Colour.GREEN, "/funds/applications?state=" + (drc > 0 ? "DECLARED" : "DRC_PASSED")));
            }
        }
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT || user.role() == Role.OWNER) {
            long red = count(user, "a.spending_colour = 'RED'");
            long idle = count(user, "a.idle");
            if (red + idle > 0) {
                entries.add(new TodoEntry("funds.spending", text.get("funds.todo.spending", red, idle), monthEnd,
                        red > 0 ? Colour.RED : Colour.YELLOW, red > 0 ? "/funds/applications?colour=RED" : "/funds/applications?idle=true"));
            }
        }
        return entries;
    }

    private long count(CurrentUser user, String condition) {
        List<Object> params = new ArrayList<>();
        String scope = FundsScope.condition(user, params);
        return jdbc.sql("SELECT count(*) FROM funds_application a WHERE " + scope + " AND " + condition).params(params)
                .query(Long.class).single();
    }
}
