package org.fagai.planning.internal.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Overview;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.TargetView;
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

/**
 * The annual plan (国民经济和社会发展年度计划). Its targets for economic-monitoring indicators ARE the indicator module's
 * targets: set through {@link EconomicIndicators#setTarget} and read back from it, never copied here, so the monthly
 * monitoring, its warnings and the plan always show the same target. Its other targets, its major tasks (items of the
 * 督办 loop) and the year-end execution report are kept here.
 */
@Service
class AnnualPlans {

    static final String AUDIT_TYPE = "planning_annual_plan";

    record PlanRow(long id, String regionCode, int year, String title, String summary) {
    }

    /** A plan with its monitored targets (and how the year is going against them), other targets and tasks. */
    record View(PlanRow plan, String regionName, Overview overview, List<TargetView> monitoringTargets, List<TargetLine> targets,
                List<TaskView> tasks) {
    }

    private final JdbcClient jdbc;
    private final EconomicIndicators monitoring;
    private final TargetStore targets;
    private final PlanTasks tasks;
    private final PlanningAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    AnnualPlans(JdbcClient jdbc, EconomicIndicators monitoring, TargetStore targets, PlanTasks tasks, PlanningAccess access,
                RegionDirectory regions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.monitoring = monitoring;
        this.targets = targets;
        this.tasks = tasks;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PlanRow create(AnnualCommands.NewPlan c) {
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
        String title = checks.text("title", c.title(), 200, "planning.field.planTitle");
        String summary = checks.optionalText("summary", c.summary(), MaxLength.TEXT, "planning.field.summary");
        checks.throwIfAny();
        CurrentUser user = access.writerOf(region);
        if (find(region, year).isPresent()) {
            throw new ConflictException("year", StoredText.of("planning.error.annualExists", year));
        }
        long id = jdbc.sql("""
                        INSERT INTO planning_annual_plan (region_code, year, title, summary, created_by) VALUES (?, ?, ?, ?, ?)
                        RETURNING id""").params(region, year, title, summary, user.username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.annualPlan.created", title));
        return get(id);
    }

    @Transactional(readOnly = true)
    Optional<PlanRow> find(String region, int year) {
        access.readerOf(region);
        return jdbc.sql("SELECT * FROM planning_annual_plan WHERE region_code = ? AND year = ?").params(region, year)
                .query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"), rs.getString("title"),
                        rs.getString("summary"))).optional();
    }

    @Transactional(readOnly = true)
    PlanRow get(long id) {
        PlanRow plan = jdbc.sql("SELECT * FROM planning_annual_plan WHERE id = ?").param(id)
                .query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"), rs.getString("title"),
                        rs.getString("summary"))).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.annualNotFound", id)));
        if (!access.reader().canSeeRegion(plan.regionCode())) {
            throw new NotFoundException(StoredText.of("planning.error.annualOutOfScope", id));
        }
        return plan;
    }

    @Transactional(readOnly = true)
    View view(PlanRow plan) {
        return new View(plan, regions.get(plan.regionCode()).name(), monitoring.overview(plan.regionCode(), plan.year(),
                reportMonth(plan)), monitoring.targets(plan.regionCode(), plan.year()),
                targets.list(TargetStore.Table.ANNUAL, plan.id()), tasks.list(PlanTasks.Owner.ANNUAL, plan.id()));
    }

    /** Sets the year's target of a monitored indicator in economic monitoring, the one place targets are kept. */
    @Transactional
    TargetView setMonitoringTarget(long id, AnnualCommands.MonitoringTarget c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        PlanRow plan = get(id);
        access.writerOf(plan.regionCode());
        List<TargetView> before = monitoring.targets(plan.regionCode(), plan.year());
        TargetView set = monitoring.setTarget(new TargetCommand(c.indicatorCode(), plan.regionCode(), plan.year(), c.growthTarget(),
                c.absoluteTarget()));
        TargetView old = before.stream().filter(t -> t.indicatorCode().equals(set.indicatorCode())).findFirst().orElse(null);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.annualPlan.targetSet",
                set.indicatorName(), Changes.stored(targetFields(old), targetFields(set))));
        return set;
    }

    @Transactional
    TargetLine addTarget(long id, AnnualCommands.NewTarget c) {
        PlanRow plan = get(id);
        access.writerOf(plan.regionCode());
        TargetLine added = targets.add(TargetStore.Table.ANNUAL, id, c);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.annualPlan.targetAdded", added.name()));
        return added;
    }

    @Transactional
    TargetLine recordActual(long id, long targetId, AnnualCommands.Actual c) {
        PlanRow plan = get(id);
        access.writerOf(plan.regionCode());
        TargetLine before = targets.line(TargetStore.Table.ANNUAL, id, targetId);
        TargetLine line = targets.actual(TargetStore.Table.ANNUAL, id, targetId, c == null ? null : c.actual());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.annualPlan.actual",
                line.name(), Changes.stored(before.fields(), line.fields())));
        return line;
    }

    /** A monitored indicator's targets of the year, for the audit ({@code null}: none set yet). */
    private static Map<String, Object> targetFields(TargetView target) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("planning.audit.field.growthTarget", target == null ? null : target.growthTarget());
        fields.put("planning.audit.field.absoluteTarget", target == null ? null : target.absoluteTarget());
        return fields;
    }

    @Transactional
    TaskView assignTask(long id, NewTask task) {
        PlanRow plan = get(id);
        CurrentUser user = access.writerOf(plan.regionCode());
        return tasks.assign(PlanTasks.Owner.ANNUAL, id, plan.title(), "/planning/annual?year=" + plan.year() + "&region="
                + plan.regionCode(), task, user);
    }

    /** The month the plan's year is read at: December of a past year, the latest month with data of the current one. */
    int reportMonth(PlanRow plan) {
        YearMonth now = YearMonth.now(clock);
        if (plan.year() != now.getYear()) {
            return 12;
        }
        return monitoring.latestMonth(plan.regionCode()).filter(m -> m.getYear() == plan.year()).map(YearMonth::getMonthValue)
                .orElse(now.getMonthValue());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
