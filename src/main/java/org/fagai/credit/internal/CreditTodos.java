package org.fagai.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.RegionCode;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** To-do entries: 信用修复 applications to decide, and 行政许可 disclosures not yet published and due within 7 working days (red when late). */
@Component
class CreditTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final MessageText text;

    CreditTodos(JdbcClient jdbc, WorkingCalendar calendar, Clock clock, MessageText text) {
        this.text = text;
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
        List<TodoEntry> entries = new java.util.ArrayList<>(repairs(user, today));
        entries.addAll(licences(user, today, horizon));
        return entries;
    }

    /** 信用修复 applications waiting for a decision, each due within the limit (red when late). */
    private List<TodoEntry> repairs(CurrentUser user, LocalDate today) {
        if (user.role() == Role.ADMIN) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.id, p.cf_wsh, p.cf_xdr_mc, r.due_date FROM credit_repair_application r
                        JOIN credit_penalty p ON p.id = r.penalty_id
                        WHERE r.status = 'SUBMITTED' AND r.region_code LIKE ? ORDER BY r.due_date LIMIT 30""")
                .param(RegionCode.of(user.regionCode()).scopePrefix() + "%")
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new TodoEntry("credit.repair", text.get("credit.todo.repair", rs.getString("cf_wsh"), rs.getString("cf_xdr_mc")),
                            due, due.isBefore(today) ? Colour.RED : Colour.YELLOW, "/credit/repairs?status=SUBMITTED");
                }).list();
    }

    private List<TodoEntry> licences(CurrentUser user, LocalDate today, LocalDate horizon) {
        return jdbc.sql("SELECT id, xk_wsh, xk_xdr_mc, region_code, due_date FROM credit_licence"
                        + " WHERE published_at IS NULL AND due_date <= ? ORDER BY due_date LIMIT 100")
                .param(horizon)
                .query((rs, n) -> new Object[] {rs.getString("xk_wsh"), rs.getString("xk_xdr_mc"), rs.getString("region_code"),
                        rs.getObject("due_date", LocalDate.class)})
                .list().stream()
                .filter(r -> user.isAdmin() || RegionCode.of(user.regionCode()).contains(RegionCode.of((String) r[2])))
                .limit(30)
                .map(r -> new TodoEntry("credit.disclosure", text.get("credit.todo.disclosure", r[0], r[1]), (LocalDate) r[3],
                        ((LocalDate) r[3]).isBefore(today) ? Colour.RED : Colour.YELLOW, "/credit/disclosures"))
                .toList();
    }
}
