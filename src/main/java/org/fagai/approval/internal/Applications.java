package org.fagai.approval.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fagai.approval.ApplicationStatus;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.CreditChecks;
import org.fagai.credit.LicenceDisclosures;
import org.fagai.credit.LicenceRecord;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.ProjectCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of applications: role and region checks, the credit check, audit; the rules are in {@link Application}. */
@Service
class Applications {

    private static final Set<Role> HANDLERS = EnumSet.of(Role.STAFF, Role.DISTRICT, Role.LEADER);

    private final ApplicationRepository repository;
    private final KindLimits limits;
    private final WorkingCalendar calendar;
    private final CreditChecks credit;
    private final LicenceDisclosures licences;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationViews views;
    private final ApplicationList list;

    Applications(ApplicationRepository repository, KindLimits limits, WorkingCalendar calendar, CreditChecks credit,
                 LicenceDisclosures licences, UserDirectory users, AuditLog audit, Clock clock, ApplicationViews views,
                 ApplicationList list) {
        this.views = views;
        this.list = list;
        this.repository = repository;
        this.limits = limits;
        this.calendar = calendar;
        this.credit = credit;
        this.licences = licences;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ApplicationView file(FileCommand c) {
        CurrentUser user = users.requireCurrent();
        if (!HANDLERS.contains(user.role()) && user.role() != Role.OWNER) {
            throw new AccessDeniedException("当前账号不能收件");
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        if (c.kind() == null) {
            errors.add(new FieldErrors.FieldError("kind", "请选择申请类型"));
        }
        if (blank(c.applicantName())) {
            errors.add(new FieldErrors.FieldError("applicantName", "请填写申请人名称"));
        } else if (c.applicantName().strip().length() > 200) {
            errors.add(new FieldErrors.FieldError("applicantName", "申请人名称不超过200字"));
        }
        CreditCode.Check code = CreditCode.check(c.applicantCreditCode());
        if (!code.valid()) {
            errors.add(new FieldErrors.FieldError("applicantCreditCode", "统一社会信用代码无效：" + code.reason()));
        } else if (user.role() == Role.OWNER && !code.code().equals(user.ownerCreditCode())) {
            errors.add(new FieldErrors.FieldError("applicantCreditCode", "项目单位只能以本单位名义申请"));
        }
        String project = null;
        try {
            project = ProjectCode.of(c.projectCode()).value();
        } catch (InvalidCodeException e) {
            errors.add(new FieldErrors.FieldError("projectCode", "项目代码无效：" + e.reason()));
        }
        if (blank(c.title())) {
            errors.add(new FieldErrors.FieldError("title", "请填写申请事项名称"));
        } else if (c.title().strip().length() > 300) {
            errors.add(new FieldErrors.FieldError("title", "申请事项名称不超过300字"));
        }
        LocalDateTime now = now();
        LocalDateTime received = c.receivedAt() == null ? now : c.receivedAt().truncatedTo(ChronoUnit.MINUTES);
        if (received.isAfter(now)) {
            errors.add(new FieldErrors.FieldError("receivedAt", "收件时间不能晚于当前时间"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        CreditCheckResult check = credit.check(code.code());
        Application application = new Application(c.kind(), c.applicantName().strip(), code.code(), project,
                c.title().strip(), user.regionCode(), user.role() == Role.OWNER ? null : user.departmentName(), received,
                user.username(), check);
        repository.save(application);
        audit.record(AuditAction.CREATE, "approval", String.valueOf(application.id()), "收件 " + c.kind().chineseName()
                + "：" + application.title() + "，申请人 " + application.applicantName() + "，收件时间 " + text(received)
                + "，信用核查：" + check.detail());
        return recorded(application);
    }

    @Transactional
    ApplicationView accept(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        if (!blank(c.overrideReason()) && user.role() != Role.LEADER) {
            throw new AccessDeniedException("只有委领导可以对失信申请人作出受理决定");
        }
        CreditCheckResult check = credit.check(application.applicantCreditCode());
        application.accept(at, limits.limitOf(application.kind()), calendar.current(), check, user.username(),
                check.listed() ? c.overrideReason() : null);
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "受理，受理时间 " + text(at) + "，办理期限 "
                + text(application.deadline()) + "，信用核查：" + check.detail()
                + (application.overrideReason() == null ? "" : "；委领导 " + user.username() + " 同意受理，理由：" + application.overrideReason()));
        return recorded(application);
    }

    @Transactional
    ApplicationView refuse(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.refuse(at, c.reason(), user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "不予受理，时间 " + text(at) + "，理由：" + c.reason());
        return recorded(application);
    }

    @Transactional
    ApplicationView suspend(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.suspend(at, c.reason(), user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "要求补正，计时暂停，时间 " + text(at) + "，理由："
                + c.reason());
        return recorded(application);
    }

    @Transactional
    ApplicationView resume(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.resume(at, user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "补正完成，恢复计时，时间 " + text(at) + "，新的办理期限 "
                + text(application.deadline()));
        return recorded(application);
    }

    @Transactional
    ApplicationView extend(long id, StepCommand c) {
        Commands.check(c);
        Application application = find(id);
        CurrentUser user = handler(application);
        if (user.role() != Role.LEADER) {
            throw new AccessDeniedException("延期须经委领导批准");
        }
        application.extend(c.days() == null ? 0 : c.days(), c.reason(), user.username(), limits.limitOf(application.kind()),
                calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "延期 " + c.days() + " 个工作日，理由：" + c.reason()
                + "，新的办理期限 " + text(application.deadline()));
        return recorded(application);
    }

    @Transactional
    ApplicationView decide(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        boolean approved = Boolean.TRUE.equals(c.approved());
        if (c.approved() == null) {
            throw FieldErrors.of("approved", "请选择准予或不予批准");
        }
        application.decide(at, approved, c.documentNumber(), c.reason(), user.username(), calendar.current());
        if (approved) {
            application.linkLicence(licences.record(licenceOf(application)));
        }
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), (approved ? "准予，文书号 " + application.documentNumber()
                : "不予批准，理由：" + c.reason()) + "，决定时间 " + text(at) + "，用时 " + org.fagai.shared.web.Formats.workingTimeChinese(application.usedMinutes(),
                        application.limitUnit().name(), calendar.current().workingHours().minutesPerDay()) + "，"
                + (Boolean.TRUE.equals(application.onTime()) ? "按时办结" : "超期办结"));
        return recorded(application);
    }

    @Transactional
    ApplicationView withdraw(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.withdraw(at, c.reason(), user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "撤回，时间 " + text(at) + "，理由：" + application.closeReason());
        return recorded(application);
    }

    @Transactional(readOnly = true)
    ApplicationView get(long id) {
        Application application = find(id);
        viewer(application);
        return views.view(application);
    }

    ListPage<ApplicationView> search(ApplicationQuery q) {
        return list.search(q);
    }

    /** After a clock event: the state the list filters on, computed by the aggregate, and the view. */
    private ApplicationView recorded(Application application) {
        application.recordClock(now(), calendar.current());
        return views.view(application);
    }

    static LicenceRecord licenceOf(Application a) {
        var decided = a.closedAt().toLocalDate();
        var validTo = a.kind() == org.fagai.approval.ApprovalKind.APPROVAL ? decided.plusYears(2).minusDays(1)
                : java.time.LocalDate.of(2099, 12, 31);
        return new LicenceRecord(a.id(), a.regionCode(), a.applicantName(), a.applicantCreditCode(),
                a.kind().documentName(), a.documentNumber(), a.kind().licenceCategory(),
                a.kind().chineseName() + "：" + a.title() + "（项目代码 " + a.projectCode() + "）", decided, decided, validTo);
    }

    static String regionPrefix(String region) {
        String p = region;
        while (p.length() > 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    private Application find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("申请不存在：" + id));
    }

    /** A user who may handle this application: staff, district or leader of its region. */
    private CurrentUser handler(Application a) {
        CurrentUser user = viewer(a);
        if (!HANDLERS.contains(user.role())) {
            throw new AccessDeniedException("当前账号不能办理申请");
        }
        return user;
    }

    private CurrentUser viewer(Application a) {
        CurrentUser user = users.requireCurrent();
        boolean visible = switch (user.role()) {
            case ADMIN -> true;
            case OWNER -> a.applicantCreditCode().equals(user.ownerCreditCode());
            default -> user.canSeeRegion(a.regionCode());
        };
        if (!visible) {
            throw new NotFoundException("申请不存在：" + a.id());
        }
        return user;
    }

    private LocalDateTime at(StepCommand c) {
        if (c != null) {
            Commands.check(c);
        }
        LocalDateTime now = now();
        if (c == null || c.at() == null) {
            return now;
        }
        LocalDateTime at = c.at().truncatedTo(ChronoUnit.MINUTES);
        if (at.isAfter(now)) {
            throw FieldErrors.of("at", "办理时间不能晚于当前时间");
        }
        return at;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private static String text(LocalDateTime t) {
        return t == null ? "—" : t.toString().replace('T', ' ');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
