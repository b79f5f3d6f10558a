package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Years;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reform tasks of a policy version (e.g. 优化营商环境 6.0版 with its N tasks), each an item on the 督办 loop; a task is
 * done when its item is closed, and the version's completion rate is done / tasks not cancelled.
 */
@Service
class ReformTasks {

    static final String SOURCE = "BUSINESS_ENV_REFORM";
    static final int MAX_TASKS = 200;

    record Task(long id, int seq, String title, long itemId, String state, LocalDate deadline, LocalDate doneOn) {
    }

    record Version(long id, String name, int year, String title, int tasks, int done, BigDecimal completionRate,
                   List<Task> list) {
    }

    private final JdbcClient jdbc;
    private final SupervisionItems items;
    private final EvaluationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReformTasks(JdbcClient jdbc, SupervisionItems items, EvaluationAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(EvaluationCommands.ReformVersion command) {
        Commands.check(command);
        CurrentUser user = access.requireStaff();
        int year = Years.check("year", command.year() == null ? 0 : command.year());
        if (command.name() == null || command.name().isBlank()) {
            throw FieldErrors.of("name", StoredText.of("businessenv.error.versionRequired"));
        }
        if (command.title() == null || command.title().isBlank()) {
            throw FieldErrors.of("title", StoredText.of("businessenv.error.policyTitleRequired"));
        }
        if (command.tasks() == null || command.tasks().isEmpty() || command.tasks().size() > MAX_TASKS) {
            throw FieldErrors.of("tasks", StoredText.of("businessenv.error.tasksCount", MAX_TASKS));
        }
        if (jdbc.sql("SELECT count(*) FROM be_reform_version WHERE name = ? AND year = ?").params(command.name().strip(), year)
                .query(Long.class).single() > 0) {
            throw new ConflictException("name", StoredText.of("businessenv.error.versionExists", year, command.name().strip()));
        }
        long id = jdbc.sql("INSERT INTO be_reform_version (name, year, title, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(command.name().strip(), year, command.title().strip(), user.username()).query(Long.class).single();
        int seq = 0;
        for (EvaluationCommands.ReformTask task : command.tasks()) {
            seq++;
            Commands.check(task);
            if (task.title() == null || task.title().isBlank()) {
                throw FieldErrors.of("tasks[" + (seq - 1) + "].title", StoredText.of("businessenv.error.taskEmpty", seq));
            }
            ItemView item = items.assign(new NewItem(StoredText.within(300, "businessenv.supervision.reformTaskTitle", command.name().strip(), seq,
                    shorten(task.title().strip())),
                    task.title().strip(), SOURCE, id + "/" + seq, "/business-environment/tasks?year=" + year,
                    task.unitId(), task.personId(), List.of(), user.id(), null, task.deadline(), task.deadline() == null ? 20 : null,
                    today(), null, List.of()));
            jdbc.sql("""
                            INSERT INTO be_reform_task (version_id, seq, title, unit_id, person_id, deadline, item_id, state)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 'ASSIGNED')""")
                    .params(id, seq, task.title().strip(), task.unitId(), task.personId(), item.deadline(), item.id()).update();
        }
        audit.record(AuditAction.CREATE, "business-environment-reform", String.valueOf(id),
                StoredText.of("businessenv.audit.reform.assigned", year, command.name().strip(), command.title().strip(), seq));
        return id;
    }

    @Transactional(readOnly = true)
    List<Version> ofYear(int year) {
        access.requireStaff();
        List<Version> result = new ArrayList<>();
        jdbc.sql("SELECT id, name, year, title FROM be_reform_version WHERE year = ? ORDER BY id").param(year)
                .query((rs, n) -> result.add(version(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))).list();
        return result;
    }

    private Version version(long id, String name, int year, String title) {
        List<Task> tasks = jdbc.sql("SELECT id, seq, title, item_id, state, deadline, done_on FROM be_reform_task WHERE version_id = ? ORDER BY seq")
                .param(id).query((rs, n) -> new Task(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class))).list();
        int counted = (int) tasks.stream().filter(t -> !t.state().equals("CANCELLED")).count();
        int done = (int) tasks.stream().filter(t -> t.state().equals("DONE")).count();
        return new Version(id, name, year, title, counted, done, counted == 0 ? null
                : BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP), tasks);
    }

    @Transactional
    void itemClosed(long itemId, LocalDate on) {
        jdbc.sql("UPDATE be_reform_task SET state = 'DONE', done_on = ? WHERE item_id = ? AND state = 'ASSIGNED'").params(on, itemId).update();
    }

    @Transactional
    void itemCancelled(long itemId) {
        jdbc.sql("UPDATE be_reform_task SET state = 'CANCELLED' WHERE item_id = ? AND state = 'ASSIGNED'").param(itemId).update();
    }

    private static String shorten(String title) {
        return title.length() > 200 ? title.substring(0, 200) + "…" : title;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
