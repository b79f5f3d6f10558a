package org.fagai.planning.internal.annual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Changes;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Special action plans (专项行动, e.g. 疏整促): their indicators with targets and actuals, and tasks on the 督办 loop. */
@Service
class SpecialActions {

    static final String AUDIT_TYPE = "planning_action";

    record Action(long id, String regionCode, int year, String name, String summary) {
    }

    record View(Action action, String regionName, List<TargetLine> indicators, List<TaskView> tasks) {

        public long met() {
            return indicators.stream().filter(i -> Boolean.TRUE.equals(i.met())).count();
        }
    }

    private final JdbcClient jdbc;
    private final TargetStore targets;
    private final PlanTasks tasks;
    private final PlanningAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;

    SpecialActions(JdbcClient jdbc, TargetStore targets, PlanTasks tasks, PlanningAccess access, RegionDirectory regions,
                   AuditLog audit) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.tasks = tasks;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    Action create(AnnualCommands.NewAction c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        Checks checks = Checks.start();
        String region = checks.text("regionCode", c.regionCode(), 6, "planning.field.region");
        if (region != null && regions.find(region).isEmpty()) {
            checks.add("regionCode", StoredText.of("planning.error.regionUnknown", region));
        }
        Integer year = checks.year("year", c.year(), "planning.field.year");
        String name = checks.text("name", c.name(), 200, "planning.field.actionName");
        String summary = checks.optionalText("summary", c.summary(), MaxLength.TEXT, "planning.field.actionSummary");
        checks.throwIfAny();
        CurrentUser user = access.writerOf(region);
        if (jdbc.sql("SELECT count(*) FROM planning_action WHERE region_code = ? AND year = ? AND name = ?").params(region, year, name)
                .query(Integer.class).single() > 0) {
            throw new ConflictException("name", StoredText.of("planning.error.actionExists", name));
        }
        long id = jdbc.sql("INSERT INTO planning_action (region_code, year, name, summary, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(region, year, name, summary, user.username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.specialAction.created", name));
        return get(id);
    }

    @Transactional(readOnly = true)
    List<Action> list(Integer year) {
        CurrentUser user = access.reader();
        return jdbc.sql("SELECT * FROM planning_action WHERE (CAST(? AS INT) IS NULL OR year = ?) ORDER BY year DESC, id DESC")
                .params(year, year).query((rs, n) -> row(rs)).list().stream().filter(a -> user.canSeeRegion(a.regionCode())).toList();
    }

    @Transactional(readOnly = true)
    Action get(long id) {
        Action action = jdbc.sql("SELECT * FROM planning_action WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.actionNotFound", id)));
        if (!access.reader().canSeeRegion(action.regionCode())) {
            throw new NotFoundException(StoredText.of("planning.error.actionOutOfScope", id));
        }
        return action;
    }

    @Transactional(readOnly = true)
    View view(long id) {
        Action a = get(id);
        return new View(a, regions.get(a.regionCode()).name(), targets.list(TargetStore.Table.ACTION, id),
                tasks.list(PlanTasks.Owner.ACTION, id));
    }

    @Transactional
    TargetLine addIndicator(long id, AnnualCommands.NewTarget c) {
        Action a = get(id);
        access.writerOf(a.regionCode());
        TargetLine added = targets.add(TargetStore.Table.ACTION, id, c);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.specialAction.indicatorAdded", added.name()));
        return added;
    }

    @Transactional
    TargetLine recordActual(long id, long indicatorId, AnnualCommands.Actual c) {
        Action a = get(id);
        access.writerOf(a.regionCode());
        TargetLine before = targets.line(TargetStore.Table.ACTION, id, indicatorId);
        TargetLine line = targets.actual(TargetStore.Table.ACTION, id, indicatorId, c == null ? null : c.actual());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.specialAction.actual",
                line.name(), Changes.stored(before.fields(), line.fields())));
        return line;
    }

    @Transactional
    TaskView assignTask(long id, NewTask task) {
        Action a = get(id);
        CurrentUser user = access.writerOf(a.regionCode());
        return tasks.assign(PlanTasks.Owner.ACTION, id, a.name(), "/planning/actions/" + id, task, user);
    }

    private static Action row(ResultSet rs) throws SQLException {
        return new Action(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"), rs.getString("name"), rs.getString("summary"));
    }
}
