package org.fagai.enterprise.internal;

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
 * Safety work not yet on the loop, one summary line each: an enterprise account's hazards awaiting its rectification
 * report (due by the earliest deadline); for those who keep the inspections, hazards found without a notice yet and
 * hazards drawn for a check back (回头看). The rectification itself is on the 督办 loop, which lists it.
 */
@Component
class SafetyTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageText text;

    SafetyTodos(JdbcClient jdbc, Clock clock, MessageText text) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.text = text;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>();
        String scope = EnterpriseAccess.scope(user, "h", params);
        if (user.role() == Role.ENTERPRISE) {
            return jdbc.sql("SELECT count(*), min(h.deadline) FROM safety_hazard h WHERE h.state = 'NOTICE_ISSUED' AND " + scope)
                    .params(params)
                    .query((rs, n) -> rs.getLong(1) == 0 ? null : new TodoEntry("enterprise.safety",
                            text.get("enterprise.todo.safetyReport", rs.getLong(1)), rs.getObject(2, LocalDate.class),
                            rs.getObject(2, LocalDate.class).isBefore(today) ? Colour.RED : Colour.YELLOW, "/enterprises/mine"))
                    .stream().filter(java.util.Objects::nonNull).toList();
        }
        if (!EnterprisePageController.keeper(user)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE h.state = 'FOUND'), min(h.found_on) FILTER (WHERE h.state = 'FOUND'),
                               count(*) FILTER (WHERE h.follow_up_due) FROM safety_hazard h
                        WHERE (h.state = 'FOUND' OR h.follow_up_due) AND\s""" + scope)
                .params(params)
                .query((rs, n) -> {
                    long found = rs.getLong(1);
                    long due = rs.getLong(3);
                    if (found + due == 0) {
                        return null;
                    }
                    LocalDate oldest = rs.getObject(2, LocalDate.class);
                    return new TodoEntry("enterprise.safety", text.get("enterprise.todo.safetyKeeper", found, due),
                            oldest, Colour.YELLOW, found > 0 ? "/safety?state=FOUND&month=" + java.time.YearMonth.from(oldest)
                            : "/safety?followUp=true");
                })
                .stream().filter(java.util.Objects::nonNull).toList();
    }
}
