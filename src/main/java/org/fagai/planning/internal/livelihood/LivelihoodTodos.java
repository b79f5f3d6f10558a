package org.fagai.planning.internal.livelihood;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 七有五性 reports still owed by member units: a district user sees his district's missing values of each open round,
 * city staff how many are missing across the districts; yellow until the due date, red after it.
 */
@Component
class LivelihoodTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageText text;

    LivelihoodTodos(JdbcClient jdbc, Clock clock, MessageText text) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.text = text;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.DISTRICT && user.role() != Role.STAFF) {
            return List.of();
        }
        RegionCode region = RegionCode.of(user.regionCode());
        boolean district = region.level() == RegionLevel.COUNTY;
        String city = district ? region.parent().orElseThrow().value() : region.value();
        LocalDate today = LocalDate.now(clock);
        List<TodoEntry> entries = new ArrayList<>();
        // Rounds of this and last year; missing = enabled indicators × the districts in scope without a value.
        jdbc.sql("""
                        SELECT r.id, r.year, r.half, r.due_on,
                               (SELECT count(*) FROM livelihood_indicator i CROSS JOIN region d
                                WHERE i.enabled AND d.parent_code = r.parent_code AND d.enabled AND (? = '' OR d.code = ?)
                                  AND NOT EXISTS (SELECT 1 FROM livelihood_value v WHERE v.round_id = r.id
                                                  AND v.indicator_id = i.id AND v.region_code = d.code)) AS missing
                        FROM livelihood_round r WHERE r.parent_code = ? AND r.year >= ? ORDER BY r.due_on""")
                .params(district ? user.regionCode() : "", district ? user.regionCode() : "", city, today.getYear() - 1)
                .query((rs, n) -> {
                    int missing = rs.getInt("missing");
                    if (missing > 0) {
                        LocalDate due = rs.getObject("due_on", LocalDate.class);
                        String period = text.get(rs.getInt("half") == 1 ? "planning.todo.firstHalf" : "planning.todo.wholeYear",
                                String.valueOf(rs.getInt("year")));
                        String where = district ? user.regionName() : text.get("planning.todo.allDistricts");
                        entries.add(new TodoEntry("planning.livelihood", text.get("planning.todo.livelihood", period, where, missing), due, due.isBefore(today) ? Colour.RED : Colour.YELLOW,
                                "/planning/livelihood?year=" + rs.getInt("year") + "&half=" + rs.getInt("half")));
                    }
                    return null;
                })
                .list();
        return entries;
    }
}
