package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.attraction.internal.AttractionCommands.Drop;
import org.fagai.attraction.internal.AttractionCommands.FundsArrival;
import org.fagai.attraction.internal.AttractionCommands.NewLead;
import org.fagai.attraction.internal.AttractionCommands.StageChange;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.project.ProjectStage;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.ProjectCode;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's use cases: register it, move it through 注册落地 (its company joins the enterprise registry), 开工 (linked
 * to its key project), 投产 and 达产, record money in place, drop it. Signings and negotiations are in their own services.
 */
@Service
class Leads {

    static final String AUDIT_TYPE = "attraction-lead";

    private final LeadStore store;
    private final LeadInput input;
    private final AttractionAccess access;
    private final EnterpriseRegistry enterprises;
    private final ProjectCatalog projects;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Leads(LeadStore store, LeadInput input, AttractionAccess access, EnterpriseRegistry enterprises, ProjectCatalog projects,
          AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.input = input;
        this.access = access;
        this.enterprises = enterprises;
        this.projects = projects;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    long create(NewLead command) {
        CurrentUser user = access.keeper();
        Lead.Facts facts = input.facts(command, user);
        LocalDate today = LocalDate.now(clock);
        Lead lead = Lead.found(facts, command.foundOn() == null ? today : command.foundOn(), today);
        long id = store.insert(lead, user.username());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("attraction.audit.lead.registered", facts.investorName(), facts.projectName(), facts.intendedInvestment().toPlainString()));
        return id;
    }

    /** 注册落地, 开工, 投产 or 达产, as the command says. */
    @Transactional
    void changeStage(long id, StageChange c) {
        if (c == null) {
            throw FieldErrors.of("stage", StoredText.of("attraction.error.stageMissing"));
        }
        Commands.check(c);
        List<FieldError> errors = new ArrayList<>();
        LeadStage stage = LeadInput.parse(LeadStage.class, "stage", c.stage(), "阶段应为 REGISTERED（注册落地）、STARTED（开工）、"
                + "PRODUCING（投产）或 FULL_CAPACITY（达产）；洽谈与签约由洽谈、签约记录产生", errors);
        if (stage != null && stage.compareTo(LeadStage.REGISTERED) < 0) {
            errors.add(new FieldError("stage", StoredText.of("attraction.error.stageDerived")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Lead lead = locked(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.on() == null ? today : c.on();
        String what;
        switch (stage) {
            case REGISTERED -> {
                EnterpriseView company = register(lead, c);
                lead.register(company.creditCode(), on, today);
                what = StoredText.of("attraction.audit.lead.landed", company.name(), company.creditCode());
            }
            case STARTED -> {
                ProjectRef project = keyProject(c.projectCode());
                lead.start(project.code(), project.stage(), on, today);
                what = StoredText.of("attraction.audit.lead.started", project.name(), project.code());
            }
            case PRODUCING -> {
                lead.produce(projectStage(lead), on, today);
                what = StoredText.of("attraction.audit.lead.producing");
            }
            default -> {
                lead.reachFullCapacity(projectStage(lead), on, today);
                what = StoredText.of("attraction.audit.lead.fullCapacity");
            }
        }
        store.update(lead);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("attraction.audit.lead.step", what, on));
    }

    @Transactional
    void fundsArrived(long id, FundsArrival c) {
        if (c == null) {
            throw FieldErrors.of("amount", StoredText.of("attraction.error.fundsMissing"));
        }
        Commands.check(c);
        BigDecimal amount = amount(c.amount());
        Lead lead = locked(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.arrivedOn() == null ? today : c.arrivedOn();
        lead.fundsArrived(amount, on, today);
        store.update(lead);
        String note = LeadInput.text(c.note());
        jdbc.sql("INSERT INTO attraction_funds (lead_id, arrived_on, amount, note, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, on, amount, note, access.keeper().username()).update();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("attraction.audit.lead.funds", amount.toPlainString(), on, lead.state.fundsInPlace.toPlainString()));
    }

    @Transactional
    void drop(long id, Drop c) {
        Commands.check(c == null ? new Drop(null, null) : c);
        Lead lead = locked(id);
        LocalDate today = LocalDate.now(clock);
        lead.drop(c == null ? null : c.reason(), c == null || c.on() == null ? today : c.on(), today);
        store.update(lead);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("attraction.audit.lead.dropped", lead.state.dropReason));
    }

    /** The lead if the signed-in user may see it (a Chinese 404 otherwise). */
    Lead load(long id) {
        CurrentUser user = access.reader();
        Lead lead = store.find(id).orElseThrow(() -> notFound(id));
        AttractionAccess.requireVisible(user, lead.facts().regionCode(), StoredText.of("attraction.error.leadNotFound", id));
        return lead;
    }

    /** The lead locked for a change by a keeper who may see it. */
    Lead locked(long id) {
        CurrentUser user = access.keeper();
        Lead lead = store.lock(id).orElseThrow(() -> notFound(id));
        AttractionAccess.requireVisible(user, lead.facts().regionCode(), StoredText.of("attraction.error.leadNotFound", id));
        return lead;
    }

    private EnterpriseView register(Lead lead, StageChange c) {
        List<FieldError> errors = new ArrayList<>();
        String code = LeadInput.creditCode("creditCode", c.creditCode(), errors);
        if (code == null && errors.isEmpty()) {
            errors.add(new FieldError("creditCode", StoredText.of("attraction.error.registeredCodeMissing")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String name = LeadInput.text(c.companyName()) == null ? lead.facts().investorName() : LeadInput.text(c.companyName());
        String region = LeadInput.text(c.companyRegion()) == null ? lead.facts().regionCode() : LeadInput.text(c.companyRegion());
        try {
            return enterprises.registerIfAbsent(code, name, region, lead.facts().industryCode());
        } catch (FieldErrors e) {
            // the registry names its own fields; say them as this command does
            throw new FieldErrors(e.errors().stream().map(f -> new FieldError(switch (f.field()) {
                case "name" -> "companyName";
                case "regionCode" -> "companyRegion";
                default -> f.field();
            }, f.message())).toList());
        }
    }

    private ProjectRef keyProject(String raw) {
        String code = LeadInput.text(raw);
        if (code == null) {
            throw FieldErrors.of("projectCode", StoredText.of("attraction.error.startedCodeMissing"));
        }
        ProjectCode parsed;
        try {
            parsed = ProjectCode.of(code);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("projectCode", e.getMessage());
        }
        if (parsed.isProvisional()) {
            throw FieldErrors.of("projectCode", StoredText.of("attraction.error.projectCodeFormat"));
        }
        return projects.findByCode(parsed.value())
                .orElseThrow(() -> FieldErrors.of("projectCode", StoredText.of("attraction.error.projectUnknown", parsed.value())));
    }

    private ProjectStage projectStage(Lead lead) {
        return projects.findByCode(lead.state.projectCode).map(ProjectRef::stage).orElse(null);
    }

    private static BigDecimal amount(BigDecimal value) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal wan = LeadInput.money("amount", value, errors);
        if (wan == null && errors.isEmpty()) {
            errors.add(new FieldError("amount", StoredText.of("attraction.error.fundsMissing")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return wan;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(StoredText.of("attraction.error.leadNotFound", id));
    }
}
