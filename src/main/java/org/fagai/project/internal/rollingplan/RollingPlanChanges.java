package org.fagai.project.internal.rollingplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.PlanChanged;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.registry.PlanLine;
import org.fagai.project.internal.registry.PlanStore;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.registry.ProjectValidator;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.Years;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of the rolling plan: a library project's three figures, the yearly roll (N → N+1), selecting a project into
 * year N's key-project list (its year-N figure becomes the annual plan) and changing that annual plan with a reason.
 * Every one is audited; the list changes are told ({@link PlanChanged}) so the warnings follow.
 */
@Service
class RollingPlanChanges {

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final PlanStore plans;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RollingPlanChanges(JdbcClient jdbc, ProjectRegistry registry, PlanStore plans, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
    }

    /** Puts a library project (not yet started) into the edition with these figures, or changes them. */
    @Transactional
    void set(int from, String code, RollingPlanInputs.Amounts amounts) {
        Years.check("from", from);
        Project project = editable(code);
        if (project.stage().isStarted()) {
            throw FieldErrors.of("code", StoredText.of("project.error.rollingPlan.started", project.code()));
        }
        List<FieldError> errors = new ArrayList<>();
        ProjectValidator.amount(errors, "amountY0", amounts.amountY0(), StoredText.of("project.error.field.yearPlanned", from), true);
        ProjectValidator.amount(errors, "amountY1", amounts.amountY1(), StoredText.of("project.error.field.yearPlanned", from + 1), true);
        ProjectValidator.amount(errors, "amountY2", amounts.amountY2(), StoredText.of("project.error.field.yearPlanned", from + 2), true);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        jdbc.sql("""
                INSERT INTO project_rolling_plan (edition, project_id, amount_y0, amount_y1, amount_y2) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (edition, project_id) DO UPDATE SET amount_y0 = excluded.amount_y0, amount_y1 = excluded.amount_y1,
                    amount_y2 = excluded.amount_y2, updated_at = now()""")
                .params(from, project.id(), amounts.amountY0(), amounts.amountY1(), amounts.amountY2()).update();
        audit.record(AuditAction.UPDATE, "project_rolling_plan", project.code(), StoredText.of("project.audit.rollingPlan.amounts", from, (from + 2), amounts.amountY0().toPlainString(), amounts.amountY1().toPlainString(), amounts.amountY2().toPlainString()));
    }

    /**
     * Rolls the edition of {@code from} into {@code from + 1} for the user's scope: each project still not started moves
     * its N+1 and N+2 figures to N and N+1 and gets N+2 to fill (0 until entered); started projects leave the library.
     * Rows already in the next edition are kept, so rolling twice changes nothing.
     */
    @Transactional
    int roll(int from) {
        Years.check("from", from);
        Years.check("from", from + 1);
        ProjectScope scope = registry.scope();
        scope.requireStaff();
        List<Object> params = new ArrayList<>();
        params.add(from + 1);
        params.add(from);
        params.add(Arrays.stream(ProjectStage.values()).filter(s -> !s.isStarted()).map(Enum::name).toArray(String[]::new));
        String inScope = scope.sql(params);
        int rolled = jdbc.sql("""
                INSERT INTO project_rolling_plan (edition, project_id, amount_y0, amount_y1, amount_y2, rolled)
                SELECT ?, rp.project_id, rp.amount_y1, rp.amount_y2, 0, TRUE
                FROM project_rolling_plan rp JOIN project p ON p.id = rp.project_id
                WHERE rp.edition = ? AND p.stage = ANY(?) AND\s""" + inScope
                + " ON CONFLICT (edition, project_id) DO NOTHING").params(params).update();
        audit.record(AuditAction.UPDATE, "project_rolling_plan", String.valueOf(from + 1), StoredText.of("project.audit.rollingPlan.rolled", from, (from + 1), (from + 3), rolled));
        return rolled;
    }

    /** Selects the project into year N's list at this level: its year-N figure becomes the annual planned investment. */
    @Transactional
    BigDecimal select(int from, String code, RollingPlanInputs.Selection selection) {
        Commands.check(selection);
        Years.check("from", from);
        Project project = editable(code);
        ProjectLevel level = parse("level", () -> ProjectLevel.fromChinese(selection.level()));
        ProjectNature nature = selection.nature() == null || selection.nature().isBlank() ? ProjectNature.NEW
                : parse("nature", () -> ProjectNature.fromChinese(selection.nature()));
        BigDecimal figure = jdbc.sql("SELECT amount_y0 FROM project_rolling_plan WHERE edition = ? AND project_id = ?")
                .params(from, project.id()).query(BigDecimal.class).optional()
                .orElseThrow(() -> FieldErrors.of("code", StoredText.of("project.error.rollingPlan.notInEdition", from, project.code())));
        if (!plans.addIfAbsent(project.id(), new PlanLine(from, level, nature, figure))) {
            throw new ConflictException("level", StoredText.of("project.error.rollingPlan.listed", from,
                    StoredText.label("project.level." + level.name())));
        }
        audit.record(AuditAction.CREATE, "project_plan", project.code(), StoredText.of("project.audit.rollingPlan.listed", from, StoredText.label("project.level." + level.name()), StoredText.label("project.nature." + nature.name()), figure.toPlainString()));
        events.publishEvent(new PlanChanged(from, List.of(project.id())));
        return figure;
    }

    /** Changes the annual plan of a list entry; the reason is required and kept in the audit log. */
    @Transactional
    BigDecimal adjust(int year, String code, RollingPlanInputs.Adjustment adjustment) {
        Commands.check(adjustment);
        Years.check("year", year);
        Project project = editable(code);
        ProjectLevel level = parse("level", () -> ProjectLevel.fromChinese(adjustment.level()));
        List<FieldError> errors = new ArrayList<>();
        ProjectValidator.amount(errors, "plannedInvestment", adjustment.plannedInvestment(), StoredText.label("project.error.field.plannedInvestment"), true);
        if (adjustment.reason() == null || adjustment.reason().isBlank()) {
            errors.add(new FieldError("reason", StoredText.of("project.error.rollingPlan.reason")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        BigDecimal old = plans.changePlanned(project.id(), year, level, adjustment.plannedInvestment())
                .orElseThrow(() -> FieldErrors.of("level", StoredText.of("project.error.rollingPlan.notListed", year,
                        StoredText.label("project.level." + level.name()))));
        audit.record(AuditAction.UPDATE, "project_plan", project.code(), StoredText.of("project.audit.plan.adjusted", year, StoredText.label("project.level." + level.name()), old.toPlainString(), adjustment.plannedInvestment().toPlainString(), adjustment.reason().trim()));
        events.publishEvent(new PlanChanged(year, List.of(project.id())));
        return old;
    }

    private Project editable(String code) {
        Project project = registry.visible(code);
        registry.scope().requireEditor(project.regionCode());
        return project;
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw FieldErrors.of(field, e.getMessage() == null ? StoredText.of("project.error.rollingPlan.empty") : e.getMessage());
        }
    }
}
