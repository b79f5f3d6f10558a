package org.fagai.attraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One to-do entry for an officer with stalled leads (no progress for 90 days, before 开工): how many, due since the
 * earliest one stalled (so it reads as overdue, red), linking to his stalled leads.
 */
@Component
class AttractionTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageText text;

    AttractionTodos(JdbcClient jdbc, Clock clock, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (!AttractionAccess.keeps(user)) {
            return List.of();
        }
        return jdbc.sql("SELECT count(*), min(stalled_from) FROM attraction_lead WHERE officer_id = ? AND stalled_from <= ?")
                .params(user.id(), LocalDate.now(clock))
                .query((rs, n) -> rs.getLong(1) == 0 ? null : new TodoEntry("attraction.stalled",
                        text.get("attraction.todo.stalled", rs.getLong(1), Lead.STALL_DAYS), rs.getObject(2, LocalDate.class),
                        Colour.RED, "/attraction/mine?stalled=true"))
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
