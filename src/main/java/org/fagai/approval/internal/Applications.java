package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.CommitmentMade;
import org.fagai.credit.CreditChecks;
import org.fagai.credit.CreditIncentives;
import org.fagai.credit.Incentive;
import org.fagai.credit.RedListStatus;
import org.fagai.credit.LicenceGranted;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.LongTerm;
import org.fagai.shared.ProjectCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of applications: role and region checks, the credit check, audit; the rules are in {@link Application}. */
@Service
class Applications {

    /** A 核准 decision is valid for two years; the other decisions have no end. */
    private static final int APPROVAL_VALID_YEARS = 2;

    private final ApplicationRepository repository;
    private final KindLimits limits;
    private final WorkingCalendar calendar;
    private final CreditChecks credit;
    private final CreditIncentives incentives;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ApplicationViews views;
    private final ApplicationList list;
    private final ApplicationAccess access;
    private final ApplicationNotices notices;
    private final ProjectCatalog projects;
    private final BigDecimal publicNoticeThreshold;
    private final org.springframework.context.ApplicationEventPublisher events;

    Applications(ApplicationRepository repository, KindLimits limits, WorkingCalendar calendar, CreditChecks credit,
                 CreditIncentives incentives,
                 UserDirectory users, AuditLog audit, ApplicationViews views, ApplicationList list, ApplicationAccess access,
                 ApplicationNotices notices, ProjectCatalog projects,
                 @Value("${fagai.approval.public-notice-threshold:2000}") BigDecimal publicNoticeThreshold,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.limits = limits;
        this.calendar = calendar;
        this.credit = credit;
        this.incentives = incentives;
        this.users = users;
        this.audit = audit;
        this.views = views;
        this.list = list;
        this.access = access;
        this.notices = notices;
        this.projects = projects;
        this.publicNoticeThreshold = publicNoticeThreshold;
    }

    @Transactional
    ApplicationView file(FileCommand c) {
        CurrentUser user = users.requireCurrent();
        if (!ApplicationAccess.HANDLERS.contains(user.role()) && user.role() != Role.OWNER) {
            throw new AccessDeniedException("当前账号不能收件");
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        if (c.kind() == null) {
            errors.add(new FieldErrors.FieldError("kind", StoredText.of("approval.error.kindRequired")));
        }
        if (blank(c.applicantName())) {
            errors.add(new FieldErrors.FieldError("applicantName", StoredText.of("approval.error.applicantRequired")));
        } else if (c.applicantName().strip().length() > 200) {
            errors.add(new FieldErrors.FieldError("applicantName", StoredText.of("approval.error.applicantTooLong")));
        }
        CreditCode.Check code = CreditCode.check(c.applicantCreditCode());
        if (!code.valid()) {
            errors.add(new FieldErrors.FieldError("applicantCreditCode", StoredText.of("approval.error.creditCodeInvalid", code.reason())));
        } else if (user.role() == Role.OWNER && !code.code().equals(user.ownerCreditCode())) {
            errors.add(new FieldErrors.FieldError("applicantCreditCode", StoredText.of("approval.error.ownApplicantOnly")));
        }
        String project = null;
        try {
            project = ProjectCode.of(c.projectCode()).value();
        } catch (InvalidCodeException e) {
            errors.add(new FieldErrors.FieldError("projectCode", StoredText.of("approval.error.projectCodeInvalid", e.reason())));
        }
        if (blank(c.title())) {
            errors.add(new FieldErrors.FieldError("title", StoredText.of("approval.error.titleRequired")));
        } else if (c.title().strip().length() > 300) {
            errors.add(new FieldErrors.FieldError("title", StoredText.of("approval.error.titleTooLong")));
        }
        if (c.totalInvestment() != null && (c.totalInvestment().signum() < 0 || c.totalInvestment().precision()
                - c.totalInvestment().scale() > 14 || c.totalInvestment().scale() > 4)) {
            errors.add(new FieldErrors.FieldError("totalInvestment", StoredText.of("approval.error.investmentInvalid")));
        }
        LocalDateTime now = access.now();
        LocalDateTime received = c.receivedAt() == null ? now : c.receivedAt().truncatedTo(ChronoUnit.MINUTES);
        if (received.isAfter(now)) {
            errors.add(new FieldErrors.FieldError("receivedAt", StoredText.of("approval.error.receivedInFuture")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        CreditCheckResult check = credit.check(code.code());
        BigDecimal total = c.totalInvestment() != null ? c.totalInvestment()
                : projects.findByCode(project).map(ProjectRef::totalInvestment).orElse(null);
        Application application = new Application(c.kind(), c.applicantName().strip(), code.code(), project,
                c.title().strip(), user.regionCode(), user.role() == Role.OWNER ? null : user.departmentName(), received,
                user.username(), check, total);
        RedListStatus red = incentives.redListStatus(code.code());
        application.recordRedList(red, false);
        repository.save(application);
        audit.record(AuditAction.CREATE, "approval", String.valueOf(application.id()), StoredText.of(red.listed()
                ? "approval.audit.receivedRed" : "approval.audit.received", StoredText.label(c.kind().labelKey()), application.title(),
                application.applicantName(), text(received), checked(check), red.listed() ? red.detail() : ""));
        return access.recorded(application);
    }

    @Transactional
    ApplicationView accept(long id, StepCommand c) {
        Application application = access.find(id);
        CurrentUser user = access.handler(application);
        LocalDateTime at = at(c);
        if (!blank(c.overrideReason()) && user.role() != Role.LEADER) {
            throw new AccessDeniedException("只有委领导可以对失信申请人作出受理决定");
        }
        CreditCheckResult check = credit.check(application.applicantCreditCode());
        Acceptance acceptance = new Acceptance(texts(c.missing(), "missing"), c.promisedBy(),
                publicNoticeThreshold, user.role(), c.commitment());
        RedListStatus red = incentives.redListStatus(application.applicantCreditCode());
        KindRules rules = limits.rulesOf(application.kind());
        java.util.Optional<TimeLimit> green = red.grants(Incentive.GREEN_CHANNEL)
                ? limits.greenChannelOf(application.kind()) : java.util.Optional.empty();
        application.recordRedList(red, green.isPresent());
        application.accept(at, green.map(rules::withLimit).orElse(rules), calendar.current(), check, user.username(),
                check.listed() ? c.overrideReason() : null, acceptance);
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), acceptedText(application, at, check, acceptance, green, user.username()));
        if (application.commitment().text() != null) {
            events.publishEvent(new CommitmentMade(application.id(), application.applicantCreditCode(),
                    application.applicantName(), application.commitment().text(), at.toLocalDate(), application.commitment().promisedBy()));
        }
        return access.recorded(application);
    }

    /** 不予受理, with its 一次性告知书 listing the reason and every missing material at once. */
    @Transactional
    ApplicationView refuse(long id, StepCommand c) {
        Application application = access.find(id);
        CurrentUser user = access.handler(application);
        LocalDateTime at = at(c);
        List<String> materials = materials(application, c);
        application.refuse(at, c.reason(), user.username());
        long notice = notices.issue(application.id(), ApplicationNotices.Kind.REFUSAL, materials, c.reason(), at, user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.application.refused", text(at), c.reason(), notice));
        return access.recorded(application);
    }

    /** 补正, with its 一次性告知书: every missing material at once. */
    @Transactional
    ApplicationView suspend(long id, StepCommand c) {
        Application application = access.find(id);
        CurrentUser user = access.handler(application);
        LocalDateTime at = at(c);
        List<String> materials = materials(application, c);
        application.pausing().suspend(at, c.reason(), user.username(), calendar.current());
        long notice = notices.issue(application.id(), ApplicationNotices.Kind.SUPPLEMENT, materials, c.reason(), at, user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), materials.isEmpty()
                ? StoredText.of("approval.audit.suspended", text(at), c.reason(), notice)
                : StoredText.of("approval.audit.suspended.missing", text(at), c.reason(), StoredText.list("shared.listSeparator", materials), notice));
        return access.recorded(application);
    }

    @Transactional
    ApplicationView resume(long id, StepCommand c) {
        Application application = access.find(id);
        CurrentUser user = access.handler(application);
        LocalDateTime at = at(c);
        application.pausing().resume(at, user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.application.resumed", text(at), text(application.deadline())));
        return access.recorded(application);
    }

    @Transactional
    ApplicationView withdraw(long id, StepCommand c) {
        Application application = access.find(id);
        CurrentUser user = access.handler(application);
        LocalDateTime at = at(c);
        application.withdraw(at, c.reason(), user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.application.withdrawn", text(at), application.outcome().closeReason()));
        return access.recorded(application);
    }

    @Transactional(readOnly = true)
    ApplicationView get(long id) {
        Application application = access.find(id);
        CurrentUser user = access.viewer(application);
        // The applicant sees the clock and the outcome, not the commission's internal review.
        return user.role() == Role.OWNER ? views.view(application) : views.detail(application);
    }

    ListPage<ApplicationView> search(ApplicationQuery q) {
        return list.search(q);
    }

    /** What an approval grants, for credit's 双公示 record. */
    static LicenceGranted licenceOf(Application a) {
        LocalDate decided = a.closedAt().toLocalDate();
        LocalDate validTo = a.kind() == ApprovalKind.APPROVAL ? decided.plusYears(APPROVAL_VALID_YEARS).minusDays(1) : LongTerm.DATE;
        return new LicenceGranted(a.id(), a.regionCode(), a.applicantName(), a.applicantCreditCode(),
                a.kind().documentName(), a.outcome().documentNumber(), a.kind().licenceCategory(),
                a.kind().chineseName() + "：" + a.title() + "（项目代码 " + a.projectCode() + "）", decided, decided, validTo);
    }

    /** The checklist items a notice names: each must be one of the kind's materials. */
    private List<String> materials(Application application, StepCommand c) {
        List<String> materials = texts(c.materials(), "materials");
        KindRules rules = limits.rulesOf(application.kind());
        for (String m : materials) {
            if (!rules.isMaterial(m)) {
                throw FieldErrors.of("materials", StoredText.of("approval.error.materialNotListed", m));
            }
        }
        return materials;
    }

    /** A list of short texts from a command: at most 50, each at most 200 characters, blanks dropped. */
    static List<String> texts(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 50) {
            throw FieldErrors.of(field, StoredText.of("approval.error.atMost50"));
        }
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        if (kept.stream().anyMatch(v -> v.length() > 200)) {
            throw FieldErrors.of(field, StoredText.of("approval.error.itemTooLong"));
        }
        return kept;
    }

    private LocalDateTime at(StepCommand c) {
        if (c != null) {
            Commands.check(c);
        }
        return access.at(c == null ? null : c.at(), "at");
    }

    private static String text(LocalDateTime t) {
        return t == null ? "—" : t.toString().replace('T', ' ');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The credit check as the audit records it: its stored sentence, the listing's types and documents as data. */
    private static String checked(CreditCheckResult check) {
        return check.detail();
    }

    /** An acceptance as the audit records it, clause by clause (a stored list read in the reader's language). */
    private static String acceptedText(Application application, LocalDateTime at, CreditCheckResult check, Acceptance acceptance,
                                       java.util.Optional<TimeLimit> green, String username) {
        List<String> clauses = new java.util.ArrayList<>();
        clauses.add(StoredText.of("approval.audit.accepted", text(at), text(application.deadline()), checked(check)));
        if (!acceptance.missing().isEmpty()) {
            clauses.add(StoredText.of("approval.audit.accepted.partial", StoredText.list("shared.listSeparator", acceptance.missing()),
                    acceptance.promisedBy()));
        }
        if (application.publicNoticeRequired()) {
            clauses.add(StoredText.of("approval.audit.accepted.publicNotice"));
        }
        green.ifPresent(limit -> clauses.add(StoredText.of("approval.audit.accepted.green", StoredText.of(
                limit.unit() == LimitUnit.HOURS ? "shared.fmt.workingHours" : "shared.fmt.workingDays", limit.value()))));
        if (application.credit().overrideReason() != null) {
            clauses.add(StoredText.of("approval.audit.accepted.override", username, application.credit().overrideReason()));
        }
        return StoredText.list("shared.reasonSeparator", clauses);
    }
}
