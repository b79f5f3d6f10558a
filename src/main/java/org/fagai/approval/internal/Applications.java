package org.fagai.approval.internal;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApplicationSummary;
import org.fagai.approval.ApprovalAttention;
import org.fagai.approval.ClockState;
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
import org.fagai.shared.WorkCalendar;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of applications: role and region checks, the credit check, audit; the rules are in {@link Application}. */
@Service
class Applications implements ApprovalAttention {

    private static final Set<Role> HANDLERS = EnumSet.of(Role.STAFF, Role.DISTRICT, Role.LEADER);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

    private final ApplicationRepository repository;
    private final KindLimits limits;
    private final WorkingCalendar calendar;
    private final CreditChecks credit;
    private final LicenceDisclosures licences;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final ProjectCatalog projects;

    Applications(ApplicationRepository repository, KindLimits limits, WorkingCalendar calendar, CreditChecks credit,
                 LicenceDisclosures licences, UserDirectory users, AuditLog audit, Clock clock, ProjectCatalog projects) {
        this.projects = projects;
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
        return view(application);
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
        return view(application);
    }

    @Transactional
    ApplicationView refuse(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.refuse(at, c.reason(), user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "不予受理，时间 " + text(at) + "，理由：" + c.reason());
        return view(application);
    }

    @Transactional
    ApplicationView suspend(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.suspend(at, c.reason(), user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "要求补正，计时暂停，时间 " + text(at) + "，理由："
                + c.reason());
        return view(application);
    }

    @Transactional
    ApplicationView resume(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.resume(at, user.username(), calendar.current());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "补正完成，恢复计时，时间 " + text(at) + "，新的办理期限 "
                + text(application.deadline()));
        return view(application);
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
        return view(application);
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
                : "不予批准，理由：" + c.reason()) + "，决定时间 " + text(at) + "，用时 " + application.usedMinutes() + " 个工作分钟，"
                + (Boolean.TRUE.equals(application.onTime()) ? "按时办结" : "超期办结"));
        return view(application);
    }

    @Transactional
    ApplicationView withdraw(long id, StepCommand c) {
        Application application = find(id);
        CurrentUser user = handler(application);
        LocalDateTime at = at(c);
        application.withdraw(at, c.reason(), user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), "撤回，时间 " + text(at) + "，理由：" + application.closeReason());
        return view(application);
    }

    @Transactional(readOnly = true)
    ApplicationView get(long id) {
        Application application = find(id);
        viewer(application);
        return view(application);
    }

    @Transactional(readOnly = true)
    ListPage<ApplicationView> search(ApplicationQuery q) {
        CurrentUser user = users.requireCurrent();
        Specification<Application> spec = spec(q, user);
        if (q.state() == null) {
            var page = repository.findAll(spec, PageRequest.of(q.page(), q.size(), NEWEST_FIRST));
            return new ListPage<>(page.getContent().stream().map(this::view).toList(), page.getTotalElements(), q.page(), q.size());
        }
        var page = repository.findAll(spec.and(inState(q.state(), spec)), PageRequest.of(q.page(), q.size(), NEWEST_FIRST));
        return new ListPage<>(page.getContent().stream().map(this::view).toList(), page.getTotalElements(), q.page(), q.size());
    }

    /**
     * The applications in a clock state, as a query, so that the list pages and counts in the database. The state of
     * {@link Application#clock} follows from stored columns, except for a running application not yet past its
     * deadline, whose state depends on the working time left now: those few are read and their state computed here.
     * <ul>
     *   <li>decided: normal when on time, otherwise overdue;</li>
     *   <li>running: overdue once the deadline has passed; before it, warning or normal by the working time left;</li>
     *   <li>suspended: overdue when suspended after the deadline or with no time left; otherwise warning when less
     *       than a quarter of the limit was left, else normal.</li>
     * </ul>
     */
    private Specification<Application> inState(ClockState state, Specification<Application> spec) {
        LocalDateTime now = now();
        WorkCalendar cal = calendar.current();
        Specification<Application> runningBeforeDeadline = (root, query, cb) -> cb.and(
                cb.equal(root.get("status"), ApplicationStatus.ACCEPTED),
                cb.greaterThanOrEqualTo(root.<LocalDateTime>get("deadline"), now));
        List<Long> running = repository.findAll(spec.and(runningBeforeDeadline)).stream()
                .filter(a -> a.clock(now, cal).state() == state).map(Application::id).toList();
        return (root, query, cb) -> {
            Path<ApplicationStatus> status = root.get("status");
            Path<Boolean> onTime = root.get("onTime");
            Path<LocalDateTime> deadline = root.get("deadline");
            Path<Long> remaining = root.get("remainingAtSuspension");
            Predicate decided = status.in(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED);
            Predicate suspended = cb.equal(status, ApplicationStatus.SUSPENDED);
            Subquery<Integer> suspendedAfterDeadline = query.subquery(Integer.class);
            Root<Suspension> s = suspendedAfterDeadline.from(Suspension.class);
            suspendedAfterDeadline.select(cb.literal(1)).where(cb.equal(s.get("application"), root), cb.isNull(s.get("endedAt")),
                    cb.greaterThan(s.<LocalDateTime>get("startedAt"), deadline));
            Predicate late = cb.or(cb.lessThan(remaining, 0L), cb.exists(suspendedAfterDeadline));
            Predicate quarterLeft = cb.lessThan(cb.prod(remaining, 4L), root.<Long>get("limitMinutes"));
            Predicate computed = running.isEmpty() ? cb.disjunction() : root.get("id").in(running);
            Predicate inState = switch (state) {
                case OVERDUE -> cb.or(cb.and(decided, cb.or(cb.isNull(onTime), cb.isFalse(onTime))),
                        cb.and(cb.equal(status, ApplicationStatus.ACCEPTED), cb.lessThan(deadline, now)),
                        cb.and(suspended, late), computed);
                case WARNING -> cb.or(cb.and(suspended, cb.not(late), quarterLeft), computed);
                case NORMAL -> cb.or(cb.and(decided, cb.isTrue(onTime)), cb.and(suspended, cb.not(late), cb.not(quarterLeft)),
                        computed);
            };
            return cb.and(cb.isNotNull(root.get("acceptedAt")), inState);
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationSummary> needingAttention(int limit) {
        CurrentUser user = users.current().orElse(null);
        if (user == null || !(HANDLERS.contains(user.role()) || user.role() == Role.ADMIN)) {
            return List.of();
        }
        Specification<Application> open = (root, query, cb) -> root.get("status")
                .in(ApplicationStatus.ACCEPTED, ApplicationStatus.SUSPENDED);
        return repository.findAll(spec(new ApplicationQuery(null, null, null, null, 0, 1), user).and(open)).stream()
                .map(this::view).filter(v -> v.state() == ClockState.WARNING || v.state() == ClockState.OVERDUE)
                .sorted(Comparator.comparingLong(ApplicationView::remainingWorkingMinutes)).limit(limit)
                .map(v -> new ApplicationSummary(v.id(), v.kind(), v.status(), v.applicantName(), v.title(), v.regionCode(),
                        v.deadline(), v.remainingWorkingMinutes(), v.state()))
                .toList();
    }

    ApplicationView view(Application a) {
        WorkCalendar cal = calendar.current();
        ClockReading clockReading = a.clock(now(), cal);
        return new ApplicationView(a.id(), a.kind(), a.status(), a.applicantName(), a.applicantCreditCode(), a.projectCode(),
                a.title(), a.regionCode(), a.department(), a.receivedAt(), a.receivedBy(), a.acceptedAt(), a.acceptedBy(),
                a.limitValue(), a.limitUnit(), a.extensionDays(), a.extensionReason(),
                clockReading == null ? null : clockReading.deadline(),
                clockReading == null ? null : clockReading.remainingWorkingMinutes(),
                clockReading == null ? null : clockReading.state(), clockReading != null && clockReading.running(),
                clockReading != null && clockReading.provisional(),
                new ApplicationView.CreditCheck(a.creditListed(), a.creditDetail(), a.creditCheckedAt(), a.overrideBy(),
                        a.overrideReason()),
                a.closedAt(), a.closedBy(), a.closeReason(), a.documentNumber(), a.usedMinutes(), a.onTime(),
                a.suspensions().stream().map(s -> new ApplicationView.SuspensionView(s.startedAt(), s.startedBy(), s.reason(),
                        s.endedAt(), s.endedBy())).toList(),
                a.licenceId() == null ? null : licences.find(a.licenceId()).orElse(null),
                projects.findByCode(a.projectCode()).map(ProjectRef::name).orElse(null));
    }

    static LicenceRecord licenceOf(Application a) {
        var decided = a.closedAt().toLocalDate();
        var validTo = a.kind() == org.fagai.approval.ApprovalKind.APPROVAL ? decided.plusYears(2).minusDays(1)
                : java.time.LocalDate.of(2099, 12, 31);
        return new LicenceRecord(a.id(), a.regionCode(), a.applicantName(), a.applicantCreditCode(),
                a.kind().documentName(), a.documentNumber(), a.kind().licenceCategory(),
                a.kind().chineseName() + "：" + a.title() + "（项目代码 " + a.projectCode() + "）", decided, decided, validTo);
    }

    private Specification<Application> spec(ApplicationQuery q, CurrentUser user) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (user.role() == Role.OWNER) {
                where.add(cb.equal(root.get("applicantCreditCode"), user.ownerCreditCode() == null ? "-" : user.ownerCreditCode()));
            } else if (user.role() != Role.ADMIN) {
                where.add(cb.like(root.get("regionCode"), regionPrefix(user.regionCode()) + "%"));
            }
            if (q.status() != null) {
                where.add(cb.equal(root.get("status"), q.status()));
            }
            if (q.kind() != null) {
                where.add(cb.equal(root.get("kind"), q.kind()));
            }
            if (!blank(q.keyword())) {
                String like = "%" + q.keyword().strip() + "%";
                where.add(cb.or(cb.like(root.get("applicantName"), like), cb.like(root.get("title"), like),
                        cb.equal(root.get("applicantCreditCode"), q.keyword().strip().toUpperCase()),
                        cb.equal(root.get("projectCode"), q.keyword().strip().toUpperCase())));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
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
