package org.fagai.project.internal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff's reports to review ("11月月报待审核 12 份"), one entry a month of the last three, linked to the first waiting
 * report; a report waits while its current version has no review. Due {@value #REVIEW_DAYS} days after the month's
 * reporting window closes (the platform's default: the figures go into the month's brief after that).
 */
@Component
class ReportsToReviewTodos implements TodoSource {

    static final int REVIEW_DAYS = 5;

    private final JdbcClient jdbc;
    private final WarningSettingsStore settings;
    private final Clock clock;
    private final MessageText text;

    ReportsToReviewTodos(JdbcClient jdbc, WarningSettingsStore settings, Clock clock, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.STAFF && user.role() != Role.DISTRICT) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>();
        params.add(YearMonth.from(today).minusMonths(3).atDay(1));
        String scope = new ProjectScope(user).sql(params);
        int window = settings.load().reportWindowDays();
        return jdbc.sql("""
                SELECT pp.month, count(*) AS waiting, min(p.code) AS first_code
                  FROM project_progress pp JOIN project p ON p.id = pp.project_id
                 WHERE pp.current AND pp.month >= ?
                   AND NOT EXISTS (SELECT 1 FROM project_progress_review r
                                    WHERE r.project_id = pp.project_id AND r.month = pp.month AND r.version = pp.version)
                   AND\s""" + scope + " GROUP BY pp.month ORDER BY pp.month").params(params)
                .query((rs, i) -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    LocalDate due = month.plusMonths(1).atDay(1).plusDays(window - 1L + REVIEW_DAYS);
                    Colour colour = due.isBefore(today) ? Colour.RED : due.isBefore(today.plusDays(2)) ? Colour.YELLOW : Colour.GREEN;
                    return new TodoEntry("project.review", text.get("project.todo.toReview", String.valueOf(month.getYear()),
                            month.getMonthValue(), rs.getLong("waiting")), due, colour,
                            "/projects/" + rs.getString("first_code") + "/progress/" + month + "/review");
                }).list();
    }
}
