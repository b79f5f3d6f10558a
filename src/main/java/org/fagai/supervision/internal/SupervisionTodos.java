package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.fagai.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The loop's own to-do entries: items to sign, handle, report on or verify, extensions to decide, escalations. */
@Component
class SupervisionTodos implements TodoSource {

    private static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Formats fmt;

    SupervisionTodos(JdbcClient jdbc, Clock clock, Formats fmt) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.fmt = fmt;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        List<TodoEntry> entries = new ArrayList<>();
        add(entries, "supervision.sign", "i.lead_person_id = ? AND i.state = 'PENDING_SIGN'", "i.deadline", user.id());
        add(entries, "supervision.handle", "i.lead_person_id = ? AND i.state = 'IN_PROGRESS'", "i.deadline", user.id());
        add(entries, "supervision.verify", "i.supervisor_id = ? AND i.state = 'CLOSURE_REQUESTED'", "i.deadline", user.id());
        add(entries, "supervision.extension", "i.leader_id = ? AND i.extension_deadline IS NOT NULL AND i.state IN ('PENDING_SIGN', 'IN_PROGRESS')",
                "i.deadline", user.id());
        add(entries, "supervision.escalated", "i.leader_id = ? AND i.escalated_on IS NOT NULL AND i.state IN ('PENDING_SIGN', 'IN_PROGRESS', 'CLOSURE_REQUESTED')",
                "i.deadline", user.id());
        LocalDate soon = LocalDate.now(clock).plusDays(7);
        jdbc.sql("SELECT i.id, i.title, i.next_report_due, i.report_missed FROM supervision_item i WHERE i.lead_person_id = ?"
                        + " AND i.state = 'IN_PROGRESS' AND i.next_report_due <= ? ORDER BY i.next_report_due LIMIT " + LIMIT)
                .params(user.id(), soon)
                .query((rs, n) -> entries.add(new TodoEntry("supervision.report", fmt.stored(rs.getString("title")),
                        rs.getObject("next_report_due", LocalDate.class), rs.getBoolean("report_missed") ? Colour.RED : Colour.YELLOW,
                        "/supervision/items/" + rs.getLong("id"))))
                .list();
        return entries;
    }

    private void add(List<TodoEntry> entries, String kind, String condition, String due, long userId) {
        jdbc.sql("SELECT i.id, i.title, " + due + " AS due, i.colour FROM supervision_item i WHERE " + condition
                        + " ORDER BY " + due + " LIMIT " + LIMIT)
                .param(userId)
                .query((rs, n) -> entries.add(new TodoEntry(kind, fmt.stored(rs.getString("title")), rs.getObject("due", LocalDate.class),
                        Colour.valueOf(rs.getString("colour")), "/supervision/items/" + rs.getLong("id"))))
                .list();
    }
}
