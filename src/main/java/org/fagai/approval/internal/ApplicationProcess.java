package org.fagai.approval.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps between acceptance and decision: the review chain, consultations, the stops the law excludes, the extension
 * and 容缺 materials. Role and region checks and the audit here; the rules in {@link Application}.
 */
@Service
class ApplicationProcess {

    private final ApplicationAccess access;
    private final KindLimits kinds;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    ApplicationProcess(ApplicationAccess access, KindLimits kinds, WorkingCalendar calendar, OrganizationDirectory organization,
                       AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.kinds = kinds;
        this.calendar = calendar;
        this.organization = organization;
        this.audit = audit;
    }

    @Transactional
    ApplicationView review(long id, ProcessCommands.Review c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        if (c.step() == null) {
            throw FieldErrors.of("step", StoredText.of("approval.error.stepRequired"));
        }
        if (c.decision() == null) {
            throw FieldErrors.of("decision", StoredText.of("approval.error.decisionRequired"));
        }
        LocalDateTime at = access.at(c.at(), "at");
        ReviewStep step = a.chain().current();
        a.review(c.step(), c.decision(), c.opinion(), c.returnTo(), c.nextAssignee(), at, user.username(), user.role());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), c.decision() == ReviewStep.Decision.PASS
                ? StoredText.of("approval.audit.review.passed", c.step(), step.name(), step.opinion(), ApplicationAccess.text(at))
                : StoredText.of("approval.audit.review.returned", c.step(), step.name(), step.returnedTo(), step.opinion(),
                        ApplicationAccess.text(at)));
        return access.recorded(a);
    }

    @Transactional
    ApplicationView consult(long id, ProcessCommands.Consult c) {
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        List<Consulting.Department> departments = new ArrayList<>();
        List<Long> ids = c.departmentIds() == null ? List.of() : c.departmentIds().stream().filter(Objects::nonNull).distinct().toList();
        if (ids.size() > 20) {
            throw FieldErrors.of("departmentIds", StoredText.of("approval.error.tooManyDepartments"));
        }
        for (Long unitId : ids) {
            OrganizationDirectory.Unit unit = organization.unit(unitId)
                    .orElseThrow(() -> FieldErrors.of("departmentIds", StoredText.of("approval.error.departmentMissing", unitId)));
            departments.add(new Consulting.Department(unit.id(), unit.name()));
        }
        for (String name : Applications.texts(c.outsideDepartments(), "outsideDepartments")) {
            if (name.length() > 100) {
                throw FieldErrors.of("outsideDepartments", StoredText.of("approval.error.departmentTooLong"));
            }
            departments.add(new Consulting.Department(null, name));
        }
        KindRules rules = kinds.rulesOf(a.kind());
        int days = c.workingDays() == null ? rules.consultationDays() : c.workingDays();
        if (days < 1 || days > 60) {
            throw FieldErrors.of("workingDays", StoredText.of("approval.error.consultationDays"));
        }
        LocalDateTime at = access.at(c.at(), "at");
        List<Consultation> sent = a.consulting().consult(departments, days, at, user.username(), calendar.current(), rules);
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of(rules.consultationExcluded()
                        ? "approval.audit.consulted.excluded" : "approval.audit.consulted", StoredText.list("shared.listSeparator",
                        departments.stream().map(Consulting.Department::name).toList()), days, ApplicationAccess.text(sent.get(0).dueAt())));
        return access.recorded(a);
    }

    /** Inside the platform a user of the consulted department answers; outside it the officer records the answer. */
    @Transactional
    ApplicationView answer(long id, long consultationId, ProcessCommands.Record c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.viewer(a);
        Consultation consultation = a.consultations().stream().filter(x -> Objects.equals(x.id(), consultationId)).findFirst()
                .orElseThrow(() -> new org.fagai.shared.NotFoundException(StoredText.of("approval.error.consultationMissing", consultationId)));
        if (consultation.inside()) {
            Long mine = organization.person(user.id()).map(OrganizationDirectory.Person::departmentId).orElse(null);
            if (!consultation.departmentId().equals(mine)) {
                throw new AccessDeniedException("只有" + consultation.departmentName() + "的人员可以答复");
            }
        } else {
            access.handler(a);
        }
        LocalDateTime at = access.at(c.at(), "at");
        a.consulting().answer(consultationId, at, c.opinion(), access.ownDocument(a, c.documentId(), "documentId"), user.username(),
                calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of(consultation.lateAt(at)
                ? "approval.audit.answered.late" : "approval.audit.answered", consultation.departmentName(), ApplicationAccess.text(at), c.opinion()));
        return access.recorded(a);
    }

    @Transactional
    ApplicationView startStop(long id, ProcessCommands.Stop c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        if (c.kind() == null) {
            throw FieldErrors.of("kind", StoredText.of("approval.error.stopKindRequired"));
        }
        LocalDateTime at = access.at(c.moment(), c.from() != null ? "from" : "at");
        ClockStop stop = a.pausing().startStop(c.kind(), at, c.reason(), access.ownDocument(a, c.documentId(), "documentId"),
                user.username(), calendar.current(), kinds.rulesOf(a.kind()));
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.clock.stopped", StoredText.label(stop.kind().labelKey()), ApplicationAccess.text(at), stop.reason()));
        return access.recorded(a);
    }

    @Transactional
    ApplicationView endStop(long id, long stopId, ProcessCommands.Record c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        LocalDateTime at = access.at(c.at(), "at");
        a.pausing().endStop(stopId, at, access.ownDocument(a, c.documentId(), "documentId"), user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.clock.resumed", ApplicationAccess.text(at), ApplicationAccess.text(a.deadline())));
        return access.recorded(a);
    }

    /** The officer asks for the kind's extension with the reason. */
    @Transactional
    ApplicationView requestExtension(long id, StepCommand c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        LocalDateTime at = access.at(c.at(), "at");
        a.requestExtension(c.days(), c.reason(), at, user.username(), kinds.rulesOf(a.kind()));
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.extension.requested", a.extension().requestedDays(), a.extension().requestReason()));
        return access.recorded(a);
    }

    /** A leader approves the extension (经本行政机关负责人批准), or turns it down with {@code approved=false}. */
    @Transactional
    ApplicationView decideExtension(long id, StepCommand c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.leader(a);
        LocalDateTime at = access.at(c.at(), "at");
        boolean approved = !Boolean.FALSE.equals(c.approved());
        Integer days = a.extension().requestedDays();
        a.decideExtension(approved, at, user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), approved
                ? StoredText.of("approval.audit.extension.approved", days, a.extension().reason(), ApplicationAccess.text(a.deadline()))
                : c.reason() == null ? StoredText.of("approval.audit.extension.refused")
                : StoredText.of("approval.audit.extension.refusedWith", c.reason()));
        return access.recorded(a);
    }

    /** A 容缺 material arrives. */
    @Transactional
    ApplicationView supply(long id, long missingId, ProcessCommands.Record c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        LocalDateTime at = access.at(c.at(), "at");
        PartialAcceptance.Outcome outcome = a.partial().supply(missingId, at,
                access.ownDocument(a, c.documentId(), "documentId"), user.username());
        MissingDocument m = a.missingDocuments().stream().filter(x -> x.id() == missingId).findFirst().orElseThrow();
        if (outcome != PartialAcceptance.Outcome.NONE) {
            boolean kept = outcome == PartialAcceptance.Outcome.KEPT;
            events.publishEvent(new org.fagai.credit.CommitmentSettled(a.id(), a.applicantCreditCode(), kept,
                    at.toLocalDate(), kept ? "容缺材料均已按承诺补齐" : "“" + m.name() + "”承诺 " + m.promisedBy()
                            + " 前补齐，实际 " + at.toLocalDate() + " 补齐"));
        }
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), m.overdueOn(at.toLocalDate())
                ? StoredText.of("approval.audit.supplied.late", m.name(), ApplicationAccess.text(at), m.promisedBy())
                : StoredText.of("approval.audit.supplied", m.name(), ApplicationAccess.text(at)));
        return access.recorded(a);
    }
}
