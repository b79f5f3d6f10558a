package org.fagai.approval.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.credit.CreditCheckResult;
import org.fagai.shared.DateDeadline;
import org.fagai.shared.TimeDeadline;
import org.fagai.shared.WorkCalendar;

/**
 * An application (申请) and its promised-time clock. The rules of the life cycle and of the clock live here:
 * <ul>
 *   <li>acceptance (受理) starts the clock; an hour limit counts working time from that moment, a day limit ends at
 *       the end of the N-th working day after the acceptance day (that day not counted);</li>
 *   <li>a listed applicant (失信) cannot be accepted without a leader's written override;</li>
 *   <li>suspension (补正) stops the clock; resumption restarts it with the working time that was left;</li>
 *   <li>warning when less than a quarter of the limit is left, overdue after the deadline.</li>
 * </ul>
 * Moments are Beijing local times, minute precision.
 */
@Entity
@Table(name = "approval_application")
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "applicant_credit_code")
    private String applicantCreditCode;
    @Column(name = "project_code")
    private String projectCode;
    private String title;
    @Column(name = "region_code")
    private String regionCode;
    private String department;
    @Column(name = "received_at")
    private LocalDateTime receivedAt;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "limit_value")
    private Integer limitValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit")
    private LimitUnit limitUnit;
    @Column(name = "limit_minutes")
    private Long limitMinutes;
    @Column(name = "extension_days")
    private int extensionDays;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "extended_by")
    private String extendedBy;
    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    private LocalDateTime deadline;
    @Column(name = "deadline_provisional")
    private boolean deadlineProvisional;
    @Column(name = "remaining_at_suspension")
    private Long remainingAtSuspension;
    @Column(name = "credit_listed")
    private Boolean creditListed;
    @Column(name = "credit_detail")
    private String creditDetail;
    @Column(name = "credit_checked_at")
    private LocalDateTime creditCheckedAt;
    @Column(name = "override_by")
    private String overrideBy;
    @Column(name = "override_reason")
    private String overrideReason;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "used_minutes")
    private Long usedMinutes;
    @Column(name = "on_time")
    private Boolean onTime;
    @Enumerated(EnumType.STRING)
    @Column(name = "clock_state")
    private ClockState clockState;
    @Column(name = "warning_at")
    private LocalDateTime warningAt;
    @Column(name = "clock_stale")
    private boolean clockStale;
    @Version
    private int version;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    @BatchSize(size = 100) // a list page reads its applications' suspensions in one query, not one per row
    private List<Suspension> suspensions = new ArrayList<>();

    protected Application() {
    }

    Application(ApprovalKind kind, String applicantName, String applicantCreditCode, String projectCode, String title,
                String regionCode, String department, LocalDateTime receivedAt, String receivedBy,
                CreditCheckResult preliminaryCheck) {
        this.kind = Objects.requireNonNull(kind, "请选择申请类型");
        this.applicantName = applicantName;
        this.applicantCreditCode = applicantCreditCode;
        this.projectCode = projectCode;
        this.title = title;
        this.regionCode = regionCode;
        this.department = department;
        this.receivedAt = Objects.requireNonNull(receivedAt, "收件时间不能为空");
        this.receivedBy = receivedBy;
        this.status = ApplicationStatus.RECEIVED;
        recordCheck(preliminaryCheck);
    }

    /**
     * 受理: checks the credit result, fixes the limit and starts the clock.
     *
     * @param overrideReason a leader's written reason to accept a listed applicant; null otherwise
     */
    void accept(LocalDateTime at, TimeLimit limit, WorkCalendar calendar, CreditCheckResult check, String by,
                String overrideReason) {
        requireStatus(ApplicationStatus.RECEIVED, "受理");
        requireNotBefore(at, receivedAt, "受理时间不能早于收件时间");
        recordCheck(check);
        if (check.listed()) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new RuleViolation("申请人" + applicantName + "（" + applicantCreditCode + "）" + check.detail()
                        + "，不予受理；确需受理的，须由委领导填写理由后受理");
            }
            this.overrideBy = by;
            this.overrideReason = overrideReason.strip();
        }
        this.limitValue = limit.value();
        this.limitUnit = limit.unit();
        if (limit.unit() == LimitUnit.HOURS) {
            this.limitMinutes = limit.value() * 60L;
            TimeDeadline d = calendar.addWorkingMinutes(at, limitMinutes);
            this.deadline = d.deadline();
            this.deadlineProvisional = d.provisional();
        } else {
            this.limitMinutes = (long) limit.value() * calendar.workingHours().minutesPerDay();
            DateDeadline d = calendar.addWorkingDays(at.toLocalDate(), limit.value());
            this.deadline = calendar.endOfWorkday(d.deadline());
            this.deadlineProvisional = d.provisional();
        }
        this.acceptedAt = at;
        this.acceptedBy = by;
        this.status = ApplicationStatus.ACCEPTED;
    }

    /** 不予受理, with the reason. */
    void refuse(LocalDateTime at, String reason, String by) {
        requireStatus(ApplicationStatus.RECEIVED, "不予受理");
        requireReason(reason, "请填写不予受理的理由");
        requireNotBefore(at, receivedAt, "不予受理时间不能早于收件时间");
        close(ApplicationStatus.REFUSED, at, by, reason);
    }

    /** 补正: the clock stops with what is left. */
    void suspend(LocalDateTime at, String reason, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.ACCEPTED, "要求补正");
        requireReason(reason, "请填写需补正的材料或理由");
        requireNotBefore(at, lastMoment(), "补正时间不能早于上一步骤的时间");
        this.remainingAtSuspension = remainingAt(at, calendar);
        suspensions.add(new Suspension(this, at, by, reason.strip()));
        this.status = ApplicationStatus.SUSPENDED;
    }

    /** 补正完成: the clock restarts with the working time that was left when it stopped. */
    void resume(LocalDateTime at, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.SUSPENDED, "恢复计时");
        Suspension open = openSuspension();
        requireNotBefore(at, open.startedAt(), "恢复时间不能早于补正开始时间");
        open.end(at, by);
        if (!open.startedAt().isAfter(deadline)) {
            TimeDeadline d = calendar.addWorkingMinutes(at, Math.max(0, remainingAtSuspension));
            this.deadline = d.deadline();
            this.deadlineProvisional |= d.provisional();
        }
        this.remainingAtSuspension = null;
        this.status = ApplicationStatus.ACCEPTED;
    }

    /** 延期 (核准 only, by a leader, with a reason): the deadline moves by whole working days. */
    void extend(int days, String reason, String by, TimeLimit limit, WorkCalendar calendar) {
        if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.SUSPENDED) {
            throw new RuleViolation("当前状态（" + status + "）不能延期");
        }
        if (days <= 0) {
            throw new RuleViolation("延期天数应为正数");
        }
        if (extensionDays + days > limit.maxExtensionDays()) {
            throw new RuleViolation("延期不得超过 " + limit.maxExtensionDays() + " 个工作日（已延期 " + extensionDays + " 个工作日）");
        }
        requireReason(reason, "请填写延期理由");
        long minutes = (long) days * calendar.workingHours().minutesPerDay();
        TimeDeadline d = calendar.addWorkingMinutes(deadline, minutes);
        this.deadline = d.deadline();
        this.deadlineProvisional |= d.provisional();
        if (status == ApplicationStatus.SUSPENDED) {
            this.remainingAtSuspension += minutes;
        }
        this.limitMinutes += minutes;
        this.extensionDays += days;
        this.extensionReason = extensionReason == null ? reason.strip() : extensionReason + "；" + reason.strip();
        this.extendedBy = by;
    }

    /** 办结: approved with a document number, or rejected with a reason. Records the working time used. */
    void decide(LocalDateTime at, boolean approved, String number, String reason, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.ACCEPTED, "作出决定");
        requireNotBefore(at, lastMoment(), "决定时间不能早于上一步骤的时间");
        if (approved) {
            requireReason(number, "准予的决定须填写文书号");
            this.documentNumber = number.strip();
        } else {
            requireReason(reason, "不予批准的决定须填写理由");
        }
        this.usedMinutes = usedWorkingMinutes(at, calendar);
        this.onTime = !at.isAfter(deadline);
        close(approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED, at, by, approved ? null : reason);
    }

    /** 撤回 at the applicant's request, at any open step. */
    void withdraw(LocalDateTime at, String reason, String by) {
        if (!status.isOpen()) {
            throw new RuleViolation("已办结的申请不能撤回");
        }
        requireNotBefore(at, lastMoment(), "撤回时间不能早于上一步骤的时间");
        if (status == ApplicationStatus.SUSPENDED) {
            openSuspension().end(at, by);
        }
        close(ApplicationStatus.WITHDRAWN, at, by, reason == null || reason.isBlank() ? "申请人撤回" : reason);
    }

    /** The clock at {@code now}; null before acceptance and for refused or withdrawn applications. */
    ClockReading clock(LocalDateTime now, WorkCalendar calendar) {
        if (acceptedAt == null || status == ApplicationStatus.WITHDRAWN) {
            return null;
        }
        return switch (status) {
            case APPROVED, REJECTED -> new ClockReading(deadline, remainingAt(closedAt, calendar),
                    Boolean.TRUE.equals(onTime) ? ClockState.NORMAL : ClockState.OVERDUE, false, deadlineProvisional);
            case SUSPENDED -> {
                boolean late = openSuspension().startedAt().isAfter(deadline) || remainingAtSuspension < 0;
                yield new ClockReading(null, remainingAtSuspension, late ? ClockState.OVERDUE : warnOrNormal(remainingAtSuspension),
                        false, deadlineProvisional);
            }
            default -> {
                long remaining = remainingAt(now, calendar);
                yield new ClockReading(deadline, remaining, now.isAfter(deadline) ? ClockState.OVERDUE : warnOrNormal(remaining),
                        true, deadlineProvisional);
            }
        };
    }

    /**
     * Stores the clock's state at {@code now} and, while the clock runs, the moment it turns to warning, so that a
     * query finds the applications in a state without reading every clock: running, it is in warning from
     * {@code warningAt} to the deadline and overdue after it; stopped, {@code clockState} holds until the next event.
     * Called after every clock event, and by the clock job for stale rows and the time-driven transitions.
     */
    void recordClock(LocalDateTime now, WorkCalendar calendar) {
        ClockReading reading = clock(now, calendar);
        this.clockState = reading == null ? null : reading.state();
        this.warningAt = reading != null && reading.running() ? firstWarningMoment(calendar) : null;
        this.clockStale = false;
    }

    /**
     * The first minute at which the running clock reads warning (or worse). The working time left only falls as time
     * passes, so the state is monotone in time: a binary search over {@link #clock}, the one definition of the states.
     */
    private LocalDateTime firstWarningMoment(WorkCalendar calendar) {
        LocalDateTime start = acceptedAt.isBefore(deadline) ? acceptedAt : deadline;
        long low = 0;
        long high = ChronoUnit.MINUTES.between(start, deadline);   // at the deadline itself no time is left: warning
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (clock(start.plusMinutes(middle), calendar).state() == ClockState.NORMAL) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return start.plusMinutes(low);
    }

    /** Working minutes the clock ran from acceptance to {@code until}, leaving out every suspension. */
    long usedWorkingMinutes(LocalDateTime until, WorkCalendar calendar) {
        long used = 0;
        LocalDateTime start = acceptedAt;
        for (Suspension s : suspensions) {
            used += calendar.workingMinutesBetween(start, s.startedAt());
            if (s.isOpen()) {
                return used;
            }
            start = s.endedAt();
        }
        return used + calendar.workingMinutesBetween(start, until);
    }

    private long remainingAt(LocalDateTime t, WorkCalendar calendar) {
        return t.isAfter(deadline) ? -calendar.workingMinutesBetween(deadline, t) : calendar.workingMinutesBetween(t, deadline);
    }

    private ClockState warnOrNormal(long remaining) {
        return remaining * 4 < limitMinutes ? ClockState.WARNING : ClockState.NORMAL;
    }

    private void recordCheck(CreditCheckResult check) {
        if (check != null) {
            this.creditListed = check.listed();
            this.creditDetail = check.detail();
            this.creditCheckedAt = check.checkedAt();
        }
    }

    private void close(ApplicationStatus newStatus, LocalDateTime at, String by, String reason) {
        this.status = newStatus;
        this.closedAt = at;
        this.closedBy = by;
        this.closeReason = reason == null ? null : reason.strip();
    }

    /** The moment of the latest step, so no step is recorded before it. */
    LocalDateTime lastMoment() {
        LocalDateTime last = acceptedAt != null ? acceptedAt : receivedAt;
        for (Suspension s : suspensions) {
            last = max(last, s.startedAt());
            if (s.endedAt() != null) {
                last = max(last, s.endedAt());
            }
        }
        return last;
    }

    private Suspension openSuspension() {
        return suspensions.stream().filter(Suspension::isOpen).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open suspension"));
    }

    private void requireStatus(ApplicationStatus expected, String step) {
        if (status != expected) {
            throw new RuleViolation("当前状态不能" + step + "（应为 " + expected + "，实际为 " + status + "）");
        }
    }

    private static void requireNotBefore(LocalDateTime at, LocalDateTime earliest, String message) {
        Objects.requireNonNull(at, "时间不能为空");
        if (at.isBefore(earliest)) {
            throw new RuleViolation(message + "（" + earliest.toString().replace('T', ' ') + "）");
        }
    }

    private static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(message);
        }
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    Long id() { return id; }
    ApprovalKind kind() { return kind; }
    ApplicationStatus status() { return status; }
    String applicantName() { return applicantName; }
    String applicantCreditCode() { return applicantCreditCode; }
    String projectCode() { return projectCode; }
    String title() { return title; }
    String regionCode() { return regionCode; }
    String department() { return department; }
    LocalDateTime receivedAt() { return receivedAt; }
    String receivedBy() { return receivedBy; }
    Integer limitValue() { return limitValue; }
    LimitUnit limitUnit() { return limitUnit; }
    Long limitMinutes() { return limitMinutes; }
    int extensionDays() { return extensionDays; }
    String extensionReason() { return extensionReason; }
    String extendedBy() { return extendedBy; }
    LocalDateTime acceptedAt() { return acceptedAt; }
    String acceptedBy() { return acceptedBy; }
    LocalDateTime deadline() { return deadline; }
    Boolean creditListed() { return creditListed; }
    String creditDetail() { return creditDetail; }
    LocalDateTime creditCheckedAt() { return creditCheckedAt; }
    String overrideBy() { return overrideBy; }
    String overrideReason() { return overrideReason; }
    LocalDateTime closedAt() { return closedAt; }
    String closedBy() { return closedBy; }
    String closeReason() { return closeReason; }
    String documentNumber() { return documentNumber; }
    Long usedMinutes() { return usedMinutes; }
    Boolean onTime() { return onTime; }
    ClockState clockState() { return clockState; }
    LocalDateTime warningAt() { return warningAt; }
    List<Suspension> suspensions() { return List.copyOf(suspensions); }
}
