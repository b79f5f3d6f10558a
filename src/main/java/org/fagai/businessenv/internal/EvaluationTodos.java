package org.fagai.businessenv.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * To-do entries of the evaluation: a member unit's open data collection — every staff member of the unit has its values
 * to enter by the collection's deadline (red when late, yellow in its last week), linked to the data page of the year.
 */
@Component
class EvaluationTodos implements TodoSource {

    private static final int SOON_DAYS = 7;

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final Clock clock;
    private final MessageText text;

    EvaluationTodos(JdbcClient jdbc, OrganizationDirectory directory, Clock clock, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.STAFF && user.role() != Role.DISTRICT) {
            return List.of();
        }
        Long unit = directory.person(user.id()).map(OrganizationDirectory.Person::departmentId).orElse(null);
        if (unit == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return jdbc.sql("""
                        SELECT c.year, c.deadline, (SELECT count(*) FROM be_indicator i WHERE i.member_unit_id = c.unit_id
                               AND i.parent_code IS NOT NULL AND i.source = 'ENTERED') AS indicators
                        FROM be_collection c WHERE c.unit_id = ? AND c.state = 'OPEN' ORDER BY c.deadline, c.id LIMIT 10""")
                .param(unit)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("deadline", LocalDate.class);
                    Colour colour = due.isBefore(today) ? Colour.RED : due.isBefore(today.plusDays(SOON_DAYS)) ? Colour.YELLOW : Colour.GREEN;
                    return new TodoEntry("businessenv.collection", text.get("businessenv.todo.collection", String.valueOf(rs.getInt("year")),
                            rs.getLong("indicators")), due, colour, "/business-environment/data?year=" + rs.getInt("year"));
                }).list();
    }
}
