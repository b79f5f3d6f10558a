package org.fagai.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.RegionCode;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** To-do entries: 行政许可 disclosures not yet published and due within 7 working days (red when late). */
@Component
class CreditTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CreditTodos(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.STAFF && user.role() != Role.DISTRICT && user.role() != Role.ADMIN) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.current().addWorkingDays(today, 7).deadline();
        return jdbc.sql("SELECT id, xk_wsh, xk_xdr_mc, region_code, due_date FROM credit_licence"
                        + " WHERE published_at IS NULL AND due_date <= ? ORDER BY due_date LIMIT 100")
                .param(horizon)
                .query((rs, n) -> new Object[] {rs.getString("xk_wsh"), rs.getString("xk_xdr_mc"), rs.getString("region_code"),
                        rs.getObject("due_date", LocalDate.class)})
                .list().stream()
                .filter(r -> user.isAdmin() || RegionCode.of(user.regionCode()).contains(RegionCode.of((String) r[2])))
                .limit(30)
                .map(r -> new TodoEntry("credit.disclosure", "双公示：" + r[0] + " " + r[1], (LocalDate) r[3],
                        ((LocalDate) r[3]).isBefore(today) ? Colour.RED : Colour.YELLOW, "/credit/disclosures"))
                .toList();
    }
}
