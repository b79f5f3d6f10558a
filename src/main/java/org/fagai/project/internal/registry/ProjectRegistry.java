package org.fagai.project.internal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.project.PlanChanged;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.project.ProjectStage;
import org.fagai.project.RegisteredForStatistics;
import org.fagai.project.StageChanged;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.IndustryView;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.ProjectCode;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.IntegrityViolations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and maintains key projects: their facts, yearly list entries, stage changes, 入库 and code. */
@Service
public class ProjectRegistry implements ProjectCatalog {

    private final ProjectRepository projects;
    private final PlanStore plans;
    private final ProjectEvents events;
    private final ProjectValidator validator;
    private final ApplicationEventPublisher publisher;
    private final RegionDirectory regions;
    private final IndustryDirectory industries;
    private final UserDirectory users;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProjectRegistry(ProjectRepository projects, PlanStore plans, ProjectEvents events, ProjectValidator validator,
                    ApplicationEventPublisher publisher, RegionDirectory regions, IndustryDirectory industries, UserDirectory users,
                    AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.projects = projects;
        this.plans = plans;
        this.events = events;
        this.validator = validator;
        this.publisher = publisher;
        this.regions = regions;
        this.industries = industries;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectRef> findByCode(String code) {
        return projects.findByCode(code == null ? "" : code.trim()).map(ProjectRegistry::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectRef> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : projects.findByCodeIn(codes.stream().map(String::trim).distinct().toList())
                .stream().map(ProjectRegistry::ref).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectRef> inRegion(String regionCode, int limit) {
        List<String> codes = jdbc.sql("SELECT code FROM project WHERE region_code LIKE ? ORDER BY code LIMIT ?")
                .params(RegionCode.of(regionCode).scopePrefix() + "%", Math.max(0, Math.min(limit, 500)))
                .query(String.class).list();
        return findByCodes(codes);
    }

    private static ProjectRef ref(Project p) {
        return new ProjectRef(p.id(), p.code(), p.provisionalCode(), p.name(), p.ownerUnit(), p.ownerCreditCode(),
                p.regionCode(), p.totalInvestment(), p.stage());
    }

    @Transactional
    public String create(ProjectInput input) {
        ValidProject valid = validator.validate(input, true);
        ProjectScope scope = scope();
        scope.requireEditor(valid.details().regionCode());
        String code = valid.code();
        if (code == null) {
            long serial = jdbc.sql("SELECT nextval('project_provisional_serial')").query(Long.class).single();
            code = ProjectCode.provisional(RegionCode.of(valid.details().regionCode()), LocalDate.now(clock).getYear(), serial).value();
        } else if (projects.existsByCode(code)) {
            throw codeTaken("code", code);
        }
        Project project = new Project(code, valid.code() == null || valid.provisional(), valid.stage(), clock.instant());
        project.describe(valid.details(), clock.instant());
        try {
            projects.saveAndFlush(project);
        } catch (DataIntegrityViolationException e) {
            // another request registered the same code between the check above and this insert
            throw IntegrityViolations.isUniqueKey(e) ? codeTaken("code", code) : e;
        }
        if (valid.plan() != null) {
            plans.upsert(project.id(), valid.plan());
        }
        events.add(project.id(), "CREATE", LocalDate.now(clock), ProjectEvents.created(valid.stage()), actor());
        audit.record(AuditAction.CREATE, "project", code, project.name());
        planChanged(project.id(), valid.plan());
        return code;
    }

    @Transactional
    public void update(String code, ProjectInput input) {
        Project project = editable(code);
        ValidProject valid = validator.validate(input.withCode(code), false);
        scope().requireEditor(valid.details().regionCode());
        var before = ProjectChanges.of(project);
        InvestmentType typeBefore = project.investmentType();
        List<Object> countedBefore = countedByTotals(project);
        project.describe(valid.details(), clock.instant());
        if (valid.plan() != null) {
            plans.upsert(project.id(), valid.plan());
        }
        audit.record(AuditAction.UPDATE, "project", code, valid.plan() == null
                ? org.fagai.shared.StoredText.of("project.audit.updated", project.name(), org.fagai.shared.Changes.stored(before, ProjectChanges.of(project)))
                : org.fagai.shared.StoredText.of("project.audit.updatedPlan", project.name(), org.fagai.shared.Changes.stored(before, ProjectChanges.of(project)),
                        valid.plan().year(), org.fagai.shared.StoredText.label("project.level." + valid.plan().level().name()),
                        valid.plan().plannedInvestment().toPlainString()));
        planChanged(project.id(), valid.plan());
        if (typeBefore != project.investmentType() || !countedBefore.equals(countedByTotals(project))) {
            // the required 前期手续 follow the type, the dashboard's month totals the region, industry and total
            // investment: every listed year's warnings are judged again
            plans.plans(project.id()).stream().map(PlanLine::year).distinct()
                    .forEach(year -> publisher.publishEvent(new PlanChanged(year, List.of(project.id()))));
        }
    }

    /** What the month totals (project_month_total) group or sum a project by, beside its plan, stage and 入库. */
    private static List<Object> countedByTotals(Project project) {
        return java.util.Arrays.asList(project.regionCode(), project.industryCode(),
                project.totalInvestment() == null ? null : project.totalInvestment().stripTrailingZeros());
    }

    /** Creates the project, or updates it and its plan for that year when the code is known (imports). */
    @Transactional
    public boolean upsert(ProjectInput input) {
        if (ProjectInput.notBlank(input.code()) && projects.existsByCode(input.code().trim())) {
            String code = input.code().trim();
            update(code, input);
            ProjectStage current = visible(code).stage();
            ProjectStage wanted = ProjectInput.notBlank(input.stage()) ? ProjectStage.fromChinese(input.stage().trim()) : current;
            if (wanted.compareTo(current) < 0) {
                throw FieldErrors.of("stage", org.fagai.shared.StoredText.of("project.error.stageBack",
                        org.fagai.shared.StoredText.label("project.stage." + current.name())));
            }
            if (wanted != current) {
                changeStage(code, wanted, LocalDate.now(clock), IMPORTED);
            }
            return false;
        }
        create(input);
        return true;
    }

    /** The note of a stage an import moved a project to (the history and the audit keep it as a message key). */
    static final String IMPORTED = "批量导入";

    @Transactional
    public void changeStage(String code, ProjectStage target, LocalDate on, String note) {
        Project project = editable(code);
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw FieldErrors.of("date", StoredText.of("project.error.stageDate"));
        }
        ProjectStage from = project.stage();
        try {
            project.advanceTo(target, on, clock.instant());
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("stage", e.getMessage());
        }
        events.add(project.id(), "STAGE", on, ProjectEvents.stage(from, target, on, note), actor());
        audit.record(AuditAction.UPDATE, "project", code, org.fagai.shared.StoredText.of("project.audit.stage",
                org.fagai.shared.StoredText.label("project.stage." + from.name()), org.fagai.shared.StoredText.label("project.stage." + target.name()),
                target == ProjectStage.CONSTRUCTION ? org.fagai.shared.StoredText.of("project.audit.stageStarted", on) : "",
                note == null || note.isBlank() ? "" : org.fagai.shared.StoredText.of("project.audit.stageNote",
                        IMPORTED.equals(note) ? org.fagai.shared.StoredText.label("project.audit.stageImported") : note.trim())));
        projects.flush();
        publisher.publishEvent(new StageChanged(project.id(), target, on));
    }

    @Transactional
    public void register(String code, LocalDate on) {
        Project project = editable(code);
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw FieldErrors.of("registeredOn", StoredText.of("project.error.registeredOn"));
        }
        try {
            project.register(on, clock.instant());
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("registeredOn", e.getMessage());
        }
        events.add(project.id(), "REGISTER", on, ProjectEvents.registered(), actor());
        audit.record(AuditAction.UPDATE, "project", code, org.fagai.shared.StoredText.of("project.audit.registered", on));
        projects.flush();
        publisher.publishEvent(new RegisteredForStatistics(project.id(), on));
    }

    @Transactional
    public String replaceCode(String code, String newCode) {
        Project project = editable(code);
        ProjectCode parsed;
        try {
            parsed = ProjectCode.of(newCode);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("newCode", e.getMessage());
        }
        if (parsed.isProvisional()) {
            throw FieldErrors.of("newCode", StoredText.of("project.error.newCode"));
        }
        if (projects.existsByCode(parsed.value())) {
            throw codeTaken("newCode", parsed.value());
        }
        String old = project.code();
        String change = project.replaceCode(parsed.value(), clock.instant());
        try {
            projects.flush();
        } catch (DataIntegrityViolationException e) {
            throw IntegrityViolations.isUniqueKey(e) ? codeTaken("newCode", parsed.value()) : e;
        }
        events.add(project.id(), "CODE", LocalDate.now(clock), ProjectEvents.codeReplaced(old, parsed.value()), actor());
        audit.record(AuditAction.UPDATE, "project", parsed.value(), org.fagai.shared.StoredText.of("project.audit.code", change));
        return parsed.value();
    }

    private static ConflictException codeTaken(String field, String code) {
        return new ConflictException(field, StoredText.of("project.error.codeExists", code));
    }

    @Transactional(readOnly = true)
    public ProjectView view(String code) {
        Project p = visible(code);
        String regionName = regions.find(p.regionCode()).map(RegionView::name).orElse(p.regionCode());
        String industryName = p.industryCode() == null ? null
                : industries.find(p.industryCode()).map(IndustryView::name).orElse(null);
        return new ProjectView(p.id(), p.code(), p.provisionalCode(), p.name(), p.ownerUnit(), p.ownerCreditCode(),
                p.department(), p.leader(), p.regionCode(), regionName, p.industryCode(), industryName, p.location(),
                p.scaleContent(), p.startMonth(), p.endMonth(), p.totalInvestment(), p.funding(), p.investmentType(), p.completedBefore(),
                p.stage(), p.stage().chinese(), p.actualStartDate(), p.registered(), p.registeredOn(),
                plans.plans(p.id()), events.of(p.id()));
    }

    /** The project if the current user may see it; otherwise not found (its existence is not revealed). */
    public Project visible(String code) {
        Project project = projects.findByCode(code == null ? "" : code.trim())
                .orElseThrow(() -> new NotFoundException(StoredText.of("project.error.notFound", code)));
        scope().requireVisible(project);
        return project;
    }

    private Project editable(String code) {
        Project project = visible(code);
        scope().requireEditor(project.regionCode());
        return project;
    }

    /** The facts are written before they are told: listeners read them with SQL. */
    private void planChanged(long projectId, PlanLine plan) {
        projects.flush();
        if (plan != null) {
            publisher.publishEvent(new PlanChanged(plan.year(), List.of(projectId)));
        }
    }

    public ProjectScope scope() {
        return new ProjectScope(users.requireCurrent());
    }

    private String actor() {
        CurrentUser user = users.requireCurrent();
        return user.username();
    }
}
