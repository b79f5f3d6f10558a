package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprise module's work that is not yet on the loop: demands waiting to be routed (due the next working day),
 * answered demands waiting for their return visit, and the staff member's packages behind this quarter's visit plan.
 */
@Component
class EnterpriseTodos implements TodoSource {

    private static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final PackageList packages;
    private final WorkingCalendar calendar;
    private final Clock clock;

    EnterpriseTodos(JdbcClient jdbc, PackageList packages, WorkingCalendar calendar, Clock clock) {
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
        List<TodoEntry> entries = new ArrayList<>();
        for (String state : List.of("SUBMITTED", "ANSWERED")) {
            List<Object> params = new ArrayList<>(List.of(state));
            String scope = EnterpriseAccess.scope(user, "d", params);
            params.add(LIMIT);
            jdbc.sql("SELECT d.id, e.name, d.raised_on, d.answered_on FROM enterprise_demand d JOIN enterprise e ON e.credit_code = d.credit_code "
                            + "WHERE d.state = ? AND " + scope + " ORDER BY d.raised_on, d.id LIMIT ?")
                    .params(params)
                    .query((rs, n) -> {
                        boolean route = "SUBMITTED".equals(state);
                        LocalDate from = rs.getObject(route ? 3 : 4, LocalDate.class);
                        LocalDate due = calendar.current().addWorkingDays(from == null ? today : from, route ? 1 : 3).deadline();
                        entries.add(new TodoEntry(route ? "enterprise.route" : "enterprise.returnVisit",
                                rs.getString(2) + "：诉求 " + rs.getLong(1), due,
                                due.isBefore(today) ? Colour.RED : due.equals(today) ? Colour.YELLOW : Colour.GREEN,
                                "/demands/" + rs.getLong(1)));
                        return null;
                    }).list();
        }
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT) {
            packages.list(new PackageList.Filter(user.id(), null, null, true, 0, LIMIT), user).items().forEach(p ->
                    entries.add(new TodoEntry("enterprise.visit", p.enterpriseName() + "：本季度走访计划未完成", p.quarterEnd(),
                            Colour.YELLOW, "/enterprises/" + p.creditCode())));
        }
        return entries;
    }
}
