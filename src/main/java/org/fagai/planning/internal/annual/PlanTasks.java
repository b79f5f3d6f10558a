package org.fagai.planning.internal.annual;

import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.StandardSource;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks of annual plans (年度重点任务, source ANNUAL_TASK) and special actions (source SPECIAL_ACTION) as items of the
 * 督办 loop; the loop owns their handling, this keeps which plan they belong to and their outcome.
 */
@Component
class PlanTasks {

    static final String ACTION_SOURCE = "SPECIAL_ACTION";

    enum Owner { ANNUAL, ACTION }

    private final JdbcClient jdbc;
    private final SupervisionItems items;
    private final AuditLog audit;

    PlanTasks(JdbcClient jdbc, SupervisionItems items, AuditLog audit) {
        this.jdbc = jdbc;
        this.items = items;
        this.audit = audit;
    }

    TaskView assign(Owner owner, long ownerId, String ownerName, String link, NewTask t, CurrentUser user) {
        if (t == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(t);
        long id = jdbc.sql("SELECT nextval('planning_task_id_seq')").query(Long.class).single();
        int seq = jdbc.sql("SELECT count(*) FROM planning_task WHERE owner_type = ? AND owner_id = ?").params(owner.name(), ownerId)
                .query(Integer.class).single() + 1;
        String source = owner == Owner.ANNUAL ? StandardSource.ANNUAL_TASK.name() : ACTION_SOURCE;
        ItemView item = items.assign(new NewItem(t.title(), t.content() == null || t.content().isBlank() ? ownerName : t.content(), source,
                "planning-task:" + id, link, t.leadUnitId(), t.leadPersonId(), null, t.supervisorId(), null, t.deadline(),
                t.workingDays(), null, null, null));
        jdbc.sql("""
                        INSERT INTO planning_task (id, owner_type, owner_id, seq, title, item_id, deadline, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, owner.name(), ownerId, seq, item.title(), item.id(), item.deadline(), user.username()).update();
        audit.record(AuditAction.CREATE, "planning_task", String.valueOf(id), StoredText.of("planning.audit.task.assigned", ownerName, item.title(), item.id(), item.deadline()));
        return list(owner, ownerId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    List<TaskView> list(Owner owner, long ownerId) {
        return jdbc.sql("SELECT * FROM planning_task WHERE owner_type = ? AND owner_id = ? ORDER BY seq, id")
                .params(owner.name(), ownerId)
                .query((rs, n) -> {
                    long itemId = rs.getLong("item_id");
                    ItemView item = items.find(itemId).orElse(null);
                    return new TaskView(rs.getLong("id"), rs.getInt("seq"), rs.getString("title"),
                            rs.getObject("deadline", java.time.LocalDate.class), rs.getString("state"),
                            rs.getObject("closed_on", java.time.LocalDate.class), (Boolean) rs.getObject("on_time"),
                            rs.getString("result"), itemId, item == null ? null : item.state().labelKey(),
                            item == null ? null : item.colour().name(), item == null ? null : item.leadUnitName(),
                            item == null ? null : item.leadPersonName());
                })
                .list();
    }
}
