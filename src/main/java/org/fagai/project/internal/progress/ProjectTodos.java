package org.fagai.project.internal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** To-do entries for owners: last month's progress not yet reported while the window is open ("11月进度未填报，12月5日截止"). */
@Component
class ProjectTodos implements TodoSource {

    private final ProgressLedger ledger;
    private final WarningSettingsStore settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageText text;

    ProjectTodos(ProgressLedger ledger, WarningSettingsStore settings, JdbcClient jdbc, Clock clock, MessageText text) {
        this.text = text;
        this.ledger = ledger;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.OWNER) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<TodoEntry> entries = new ArrayList<>();
        for (ProgressLedger.Reportable r : ledger.reportable(30)) {
            for (YearMonth month : r.months()) {
                boolean reported = jdbc.sql("SELECT count(*) FROM project_progress pp JOIN project p ON p.id = pp.project_id"
                        + " WHERE p.code = ? AND pp.month = ? AND pp.current").params(r.code(), month.atDay(1))
                        .query(Long.class).single() > 0;
                if (!reported) {
                    LocalDate due = dueDate(r.code(), month, today);
                    entries.add(new TodoEntry("project.progress", text.get("project.todo.unreported", r.name(),
                            month.getMonthValue(), due.getMonthValue(), due.getDayOfMonth()), due,
                            due.isBefore(today) ? Colour.RED : due.isBefore(today.plusDays(2)) ? Colour.YELLOW : Colour.GREEN,
                            "/projects/report"));
                }
            }
        }
        return entries;
    }

    /** The end of the month's reporting window, or of its reopening by staff when it was reopened later. */
    private LocalDate dueDate(String code, YearMonth month, LocalDate today) {
        LocalDate window = month.plusMonths(1).atDay(1).plusDays(settings.load().reportWindowDays() - 1L);
        return jdbc.sql("SELECT r.open_until FROM project_month_reopen r JOIN project p ON p.id = r.project_id"
                        + " WHERE p.code = ? AND r.month = ? AND r.open_until >= ?").params(code, month.atDay(1), today)
                .query(LocalDate.class).optional().filter(until -> until.isAfter(window)).orElse(window);
    }
}
