package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprise module's work not yet on the loop, in one summary line (the lists are a click away): demands waiting to
 * be routed (due a working day after the oldest was raised), answered demands waiting for their return visit (due 3
 * working days after the oldest answer), and the staff member's packages behind this quarter's visit plan (due at the
 * quarter's end); dated by the earliest, red once that has passed.
 */
@Component
class EnterpriseTodos implements TodoSource {

    /** A return visit is due within this many working days of the answer. */
    static final int RETURN_VISIT_DAYS = 3;

    private final JdbcClient jdbc;
    private final PackageList packages;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final MessageText text;

    EnterpriseTodos(JdbcClient jdbc, PackageList packages, WorkingCalendar calendar, Clock clock, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.packages = packages;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role().unitAccount()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>();
        String scope = EnterpriseAccess.scope(user, "d", params);
        long[] counts = new long[3];
        List<LocalDate> due = new ArrayList<>();
        jdbc.sql("""
                        SELECT count(*) FILTER (WHERE d.state = 'SUBMITTED'), min(d.raised_on) FILTER (WHERE d.state = 'SUBMITTED'),
                               count(*) FILTER (WHERE d.state = 'ANSWERED'), min(d.answered_on) FILTER (WHERE d.state = 'ANSWERED')
                        FROM enterprise_demand d WHERE d.state IN ('SUBMITTED', 'ANSWERED') AND\s""" + scope)
                .params(params)
                .query((rs, n) -> {
                    counts[0] = rs.getLong(1);
                    counts[1] = rs.getLong(3);
                    if (counts[0] > 0) {
                        due.add(calendar.current().addWorkingDays(rs.getObject(2, LocalDate.class), 1).deadline());
                    }
                    if (counts[1] > 0 && rs.getObject(4, LocalDate.class) != null) {
                        due.add(calendar.current().addWorkingDays(rs.getObject(4, LocalDate.class), RETURN_VISIT_DAYS).deadline());
                    }
                    return null;
                }).list();
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT) {
            counts[2] = packages.list(new PackageList.Filter(user.id(), null, null, true, 0, 1), user).total();
            if (counts[2] > 0) {
                due.add(VisitPlan.quarterEnd(today));
            }
        }
        if (counts[0] + counts[1] + counts[2] == 0) {
            return List.of();
        }
        LocalDate first = due.stream().min(LocalDate::compareTo).orElse(VisitPlan.quarterEnd(today));
        String title = text.get("enterprise.todo.work", counts[0], counts[1], counts[2]);
        String link = counts[0] > 0 ? "/demands?state=SUBMITTED" : counts[1] > 0 ? "/demands?state=ANSWERED" : "/enterprises/service?behind=true";
        List<TodoEntry> entries = List.of(new TodoEntry("enterprise.work", title, first,
                first.isBefore(today) ? Colour.RED : Colour.YELLOW, link));
        return entries;
    }
}
