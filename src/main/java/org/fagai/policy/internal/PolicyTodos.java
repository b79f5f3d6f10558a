package org.fagai.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.RegionCode;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * To-do entries of 政策兑现 and the platform reserve. Staff: applications to review, decide or pay (policies of their
 * region), platforms whose evaluation is due within the flag's days or past. An enterprise: the policies pushed to it
 * that are open and that it has not applied for, due on the policy's last day.
 */
@Component
class PolicyTodos implements TodoSource {

    private static final int LIMIT = 20;
    private static final int SOON_DAYS = 14;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int dueDays;
    private final MessageText text;

    PolicyTodos(JdbcClient jdbc, Clock clock, @Value("${fagai.policy.platform.due-days:90}") int dueDays, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dueDays = dueDays;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        if (user.role() == Role.ENTERPRISE) {
            return pushed(user, today);
        }
        if (user.role() != Role.STAFF && user.role() != Role.DISTRICT) {
            return List.of();
        }
        String prefix = RegionCode.of(user.regionCode()).scopePrefix() + "%";
        List<TodoEntry> entries = new ArrayList<>(jdbc.sql("""
                        SELECT a.state, a.enterprise_name, p.id, p.name FROM policy_application a JOIN policy p ON p.id = a.policy_id
                        WHERE a.state IN ('APPLIED', 'PASSED', 'GRANTED') AND p.region_code LIKE ? ORDER BY a.applied_on, a.id LIMIT ?""")
                .params(prefix, LIMIT)
                .query((rs, n) -> {
                    String step = switch (rs.getString("state")) {
                        case "APPLIED" -> "review";
                        case "PASSED" -> "decide";
                        default -> "pay";
                    };
                    return new TodoEntry("policy." + step, text.get("policy.todo." + step, rs.getString("name"), rs.getString("enterprise_name")), null,
                            Colour.YELLOW, "/policies/" + rs.getLong("id"));
                }).list());
        entries.addAll(jdbc.sql("""
                        SELECT name, next_evaluation_on FROM innovation_platform
                        WHERE region_code LIKE ? AND next_evaluation_on <= ? ORDER BY next_evaluation_on, id LIMIT ?""")
                .params(prefix, today.plusDays(dueDays), LIMIT)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("next_evaluation_on", LocalDate.class);
                    return new TodoEntry("policy.platform", text.get("policy.todo.platform", rs.getString("name")), due,
                            due.isBefore(today) ? Colour.RED : Colour.YELLOW, "/innovation-platforms");
                }).list());
        return entries;
    }

    private List<TodoEntry> pushed(CurrentUser user, LocalDate today) {
        if (user.ownerCreditCode() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.name, p.valid_to FROM policy_push s JOIN policy p ON p.id = s.policy_id
                        WHERE s.credit_code = ? AND NOT p.no_application AND p.valid_from <= ? AND p.valid_to >= ?
                          AND NOT EXISTS (SELECT 1 FROM policy_application a WHERE a.policy_id = p.id AND a.credit_code = s.credit_code)
                        ORDER BY p.valid_to, p.id LIMIT ?""")
                .params(user.ownerCreditCode(), today, today, LIMIT)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("valid_to", LocalDate.class);
                    return new TodoEntry("policy.apply", text.get("policy.todo.apply", rs.getString("name")), due,
                            due.isBefore(today.plusDays(SOON_DAYS)) ? Colour.YELLOW : Colour.GREEN, "/policy-service");
                }).list();
    }
}
