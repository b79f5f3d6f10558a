package org.fagai.planning.internal.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.FiveYearPlans;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.PlanSummary;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Changes;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.Years;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Five-year plans: creation, indicators, yearly actuals and progress, with scope checks and audit. */
@Service
class Plans implements FiveYearPlans {

    static final String AUDIT_TYPE = "planning_plan";

    private final FiveYearPlanStore store;
    private final PlanActuals actuals;
    private final PlanningAccess access;
    private final RegionDirectory regions;
    private final EconomicIndicators monitoring;
    private final AuditLog audit;

    Plans(FiveYearPlanStore store, PlanActuals actuals, PlanningAccess access, RegionDirectory regions, EconomicIndicators monitoring,
          AuditLog audit) {
        this.store = store;
        this.actuals = actuals;
        this.access = access;
        this.regions = regions;
        this.monitoring = monitoring;
        this.audit = audit;
    }

    @Transactional
    PlanSummary create(PlanCommands.NewPlan c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        Checks checks = Checks.start();
        String name = checks.text("name", c.name(), 100, "planning.field.planName");
        String region = checks.text("regionCode", c.regionCode(), 6, "planning.field.region");
        if (region != null && regions.find(region).isEmpty()) {
            checks.add("regionCode", StoredText.of("planning.error.regionQuoted", region));
        }
        Integer from = checks.year("fromYear", c.fromYear(), "planning.field.fromYear");
        Integer to = checks.year("toYear", c.toYear(), "planning.field.toYear");
        if (from != null && to != null && (to < from || to > from + 9)) {
            checks.add("toYear", StoredText.of("planning.error.planSpan", from, to));
        }
        List<PlanIndicator> indicators = new ArrayList<>();
        List<PlanCommands.NewIndicator> given = c.indicators() == null ? List.of() : c.indicators();
        if (given.size() > 200) {
            checks.add("indicators", StoredText.of("planning.error.indicatorsLimit"));
        } else if (from != null && to != null && checks.ok()) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                PlanIndicator indicator = IndicatorDraft.of(checks, "indicators[" + i + "].", given.get(i), from, to, monitoring);
                if (indicator != null && !codes.add(indicator.code())) {
                    checks.add("indicators[" + i + "].code", StoredText.of("planning.error.indicatorDuplicate", indicator.code()));
                }
                indicators.add(indicator);
            }
        }
        checks.throwIfAny();
        CurrentUser user = access.writerOf(region);
        if (store.nameTaken(region, name)) {
            throw new ConflictException("name", StoredText.of("planning.error.planExists", name));
        }
        long id = store.insertPlan(name, region, from, to, user.username());
        for (PlanIndicator indicator : indicators) {
            store.insertIndicator(id, indicator);
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("planning.audit.plan.created", name, from, to, indicators.size()));
        return new PlanSummary(id, name, region, from, to);
    }

    @Transactional
    PlanIndicator addIndicator(long planId, PlanCommands.NewIndicator c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        PlanSummary plan = summary(planId);
        access.writerOf(plan.regionCode());
        Checks checks = Checks.start();
        PlanIndicator indicator = IndicatorDraft.of(checks, "", c, plan.fromYear(), plan.toYear(), monitoring);
        checks.throwIfAny();
        if (store.indicators(plan).stream().anyMatch(i -> i.code().equals(indicator.code()))) {
            throw new ConflictException("code", StoredText.of("planning.error.indicatorExists", indicator.code()));
        }
        long id = store.insertIndicator(planId, indicator);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(planId), StoredText.of(indicator.binding()
                ? "planning.audit.plan.bindingAdded" : "planning.audit.plan.expectedAdded", indicator.name()));
        return store.indicators(plan).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    void recordActual(long planId, PlanCommands.ActualCommand c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        PlanSummary plan = summary(planId);
        CurrentUser user = access.writerOf(plan.regionCode());
        Checks checks = Checks.start();
        String code = checks.text("code", c.code(), 40, "planning.field.indicatorCode");
        Integer year = checks.year("year", c.year(), "planning.field.actualYear");
        if (year != null && (year < plan.fromYear() || year > plan.toYear())) {
            checks.add("year", StoredText.of("planning.error.yearInPlan", plan.fromYear(), plan.toYear()));
        }
        checks.optionalNumber("value", c.value(), 15, 4, "planning.field.actual");
        checks.optionalNumber("growth", c.growth(), 5, 2, "planning.field.growth");
        if (c.value() == null && c.growth() == null) {
            checks.add("value", StoredText.of("planning.error.valueOrGrowth"));
        }
        checks.throwIfAny();
        PlanIndicator indicator = store.indicators(plan).stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> FieldErrors.of("code", StoredText.of("planning.error.noIndicator", code)));
        if (indicator.sourceIndicator() != null) {
            throw FieldErrors.of("code", StoredText.of("planning.error.indicatorFromMonitoring", indicator.name(),
                    indicator.sourceIndicator()));
        }
        java.util.Optional<YearActual> before = store.actuals(indicator.id()).stream().filter(a -> a.year() == year).findFirst();
        store.saveActual(indicator.id(), year, c.value(), c.growth(), user.username());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(planId), StoredText.of("planning.audit.plan.actual",
                year, indicator.name(), Changes.stored(before.map(Plans::actualFields).orElseGet(Changes::snapshot),
                        actualFields(new YearActual(year, c.value(), c.growth())))));
    }

    /** What an actual's entry may change, for the audit. */
    private static java.util.Map<String, Object> actualFields(YearActual actual) {
        java.util.Map<String, Object> fields = Changes.snapshot();
        fields.put("planning.audit.field.actual", actual.value());
        fields.put("planning.audit.field.growth", actual.growth());
        return fields;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        CurrentUser user = access.reader();
        return store.summaries().stream().filter(p -> user.canSeeRegion(p.regionCode())).toList();
    }

    @Transactional(readOnly = true)
    PlanView plan(long id) {
        PlanSummary plan = summary(id);
        return new PlanView(plan.id(), plan.name(), plan.regionCode(), regions.get(plan.regionCode()).name(), plan.fromYear(),
                plan.toYear(), store.indicators(plan));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorProgress> progress(long planId, int year) {
        Years.check("year", year);
        PlanView plan = plan(planId);
        return plan.indicators().stream().map(i -> i.judge(actuals.of(i, plan.regionCode()), year)).toList();
    }

    /** Each indicator's yearly actuals over the plan period, in the plan's indicator order. */
    @Transactional(readOnly = true)
    List<List<YearActual>> actualTable(PlanView plan) {
        return plan.indicators().stream().map(i -> actuals.of(i, plan.regionCode())).toList();
    }

    private PlanSummary summary(long id) {
        PlanSummary plan = store.summary(id).orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.planNotFound", id)));
        if (!access.reader().canSeeRegion(plan.regionCode())) {
            throw new NotFoundException(StoredText.of("planning.error.planOutOfScope", id));
        }
        return plan;
    }
}
