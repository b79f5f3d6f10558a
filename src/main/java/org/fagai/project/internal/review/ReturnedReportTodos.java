package org.fagai.project.internal.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.fagai.supervision.Colour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An owner's reports returned by staff and not yet corrected: "10月月报被退回：理由", due when the reopened month closes. */
@Component
class ReturnedReportTodos implements TodoSource {

    private static final int LIMIT = 30;

    private final JdbcClient jdbc;
    private final MessageText text;

    ReturnedReportTodos(JdbcClient jdbc, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.OWNER) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = new ProjectScope(user).sql(params);
        params.add(LIMIT);
        return jdbc.sql("""
                SELECT p.code, p.name, r.month, r.reason, o.open_until FROM project_progress_review r
                JOIN project p ON p.id = r.project_id
                JOIN project_progress pp ON pp.project_id = r.project_id AND pp.month = r.month AND pp.current AND pp.version = r.version
                LEFT JOIN project_month_reopen o ON o.project_id = r.project_id AND o.month = r.month
                WHERE r.decision = 'RETURNED' AND\s""" + scope + " ORDER BY r.month, p.code LIMIT ?").params(params)
                .query((rs, i) -> {
                    LocalDate month = rs.getObject("month", LocalDate.class);
                    LocalDate due = rs.getObject("open_until", LocalDate.class);
                    return new TodoEntry("project.review", text.get("project.todo.returned", rs.getString("name"),
                            String.valueOf(month.getYear()), month.getMonthValue(), rs.getString("reason")), due, Colour.RED,
                            "/projects/report?code=" + rs.getString("code"));
                }).list();
    }
}
