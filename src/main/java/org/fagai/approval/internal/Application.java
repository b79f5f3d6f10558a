package org.fagai.approval.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.RedListStatus;
import org.fagai.organization.Role;
import org.fagai.shared.DateDeadline;
import org.fagai.shared.TimeDeadline;
import org.fagai.shared.WorkCalendar;

/**
 * An application (申请) and its promised-time clock. The rules of the life cycle and of the clock live here:
 * <ul>
 *   <li>acceptance (受理) starts the clock; an hour limit counts working time from that moment, a day limit ends at
 *       the end of the N-th working day after the acceptance day (that day not counted);</li>
 *   <li>a listed applicant (失信) cannot be accepted without a leader's written override;</li>
 *   <li>suspension (补正) and the stops the law excludes (技术评估, 专家评议, 征求意见 where the kind says so, 听证/公示)
 *       stop the clock; its restart gives back the working time that was left, so the deadline moves by exactly the
 *       excluded working time ({@link Pauses} tells counted from excluded time);</li>
 *   <li>one extension, asked by the officer and approved by a leader, adds the kind's working days;</li>
 *   <li>warning when less than a quarter of the limit is left, overdue after the deadline;</li>
 *   <li>the review chain ({@link ReviewChain}), consultations, 容缺 materials and 公示 must be done before the leader
 *       signs the drafted decision ({@link #signingBlockers}).</li>
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
    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    private LocalDateTime deadline;
    @Column(name = "deadline_provisional")
    private boolean deadlineProvisional;
    @Column(name = "remaining_at_suspension")
    private Long remainingAtSuspension;
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
    @Column(name = "total_investment")
    private BigDecimal totalInvestment;
    @Convert(converter = ChainConverter.class)
    @Column(name = "review_chain")
    private List<ChainStep> reviewChain = List.of();
    @Column(name = "public_notice_required")
    private boolean publicNoticeRequired;
    @Column(name = "excluded_minutes")
    private Long excludedMinutes;
    @Column(name = "elapsed_minutes")
    private Long elapsedMinutes;
    @Column(name = "clock_stopped_at")
    private LocalDateTime clockStoppedAt;
    @Embedded
    private CreditScreening credit = new CreditScreening();
    @Embedded
    private Extension extension = new Extension();
    @Embedded
    private Commitment commitment = new Commitment();
    @Embedded
    private Draft draft;
    @Version
    private int version;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    @BatchSize(size = 100) // a list page reads its applications' suspensions in one query, not one per row
    private List<Suspension> suspensions = new ArrayList<>();
    // The collections below are read by the detail, the steps and the clock job, never by a list page.
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt, id")
    @BatchSize(size = 100)
    private List<ClockStop> stops = new ArrayList<>();
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<ReviewStep> steps = new ArrayList<>();
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<Consultation> consultations = new ArrayList<>();
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<MissingDocument> missingDocuments = new ArrayList<>();

    protected Application() {
    }

    Application(ApprovalKind kind, String applicantName, String applicantCreditCode, String projectCode, String title,
                String regionCode, String department, LocalDateTime receivedAt, String receivedBy,
                CreditCheckResult preliminaryCheck) {
        this(kind, applicantName, applicantCreditCode, projectCode, title, regionCode, department, receivedAt, receivedBy,
                preliminaryCheck, null);
    }

    Application(ApprovalKind kind, String applicantName, String applicantCreditCode, String projectCode, String title,
                String regionCode, String department, LocalDateTime receivedAt, String receivedBy,
                CreditCheckResult preliminaryCheck, BigDecimal totalInvestment) {
        if (totalInvestment != null && totalInvestment.signum() < 0) {
            throw new RuleViolation("总投资不能为负");
        }
        this.totalInvestment = totalInvestment;
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

    /** 受理 of a kind known only by its limit (no chain, no checklist): see the full form. */
    void accept(LocalDateTime at, TimeLimit limit, WorkCalendar calendar, CreditCheckResult check, String by,
                String overrideReason) {
        accept(at, KindRules.of(kind, limit), calendar, check, by, overrideReason, Acceptance.COMPLETE);
    }

    /**
     * 受理: checks the credit result, fixes the limit, copies the kind's review chain and opens its first step for the
     * accepting officer, and starts the clock. A 容缺受理 names the missing secondary materials and the promised date.
     *
     * @param overrideReason a leader's written reason to accept a listed applicant; null otherwise
     */
    void accept(LocalDateTime at, KindRules rules, WorkCalendar calendar, CreditCheckResult check, String by,
                String overrideReason, Acceptance acceptance) {
        requireStatus(ApplicationStatus.RECEIVED, "受理");
        requireNotBefore(at, receivedAt, "受理时间不能早于收件时间");
        recordCheck(check);
        if (check.listed()) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new RuleViolation("申请人" + applicantName + "（" + applicantCreditCode + "）" + check.detail()
                        + "，不予受理；确需受理的，须由委领导填写理由后受理");
            }
            credit.override(by, overrideReason);
        }
        if (!acceptance.missing().isEmpty()) {
            this.commitment = partial().open(at, rules, check, acceptance);
        }
        TimeLimit limit = rules.limit();
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
        this.publicNoticeRequired = acceptance.publicNoticeThreshold() != null
                && rules.requiresPublicNotice(totalInvestment, acceptance.publicNoticeThreshold());
        this.reviewChain = rules.chain();
        this.acceptedAt = at;
        this.acceptedBy = by;
        this.status = ApplicationStatus.ACCEPTED;
        boolean firstIsHis = rules.chain().isEmpty() || acceptance.acceptedAs() == null
                || ChainStep.admits(rules.chain().get(0).role(), acceptance.acceptedAs());
        chain().start(at, firstIsHis ? by : null);
    }

    /**
     * 守信激励: the applicant's red-list status as credit answered it; {@code greenChannel} when the kind's shorter limit
     * was applied at acceptance. Recorded before acceptance only, so the limit an application was accepted with stays.
     */
    void recordRedList(RedListStatus status, boolean greenChannel) {
        if (acceptedAt != null) {
            throw new RuleViolation("已受理的申请不再改变守信激励标注");
        }
        credit.recordRedList(status, greenChannel);
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
        this.remainingAtSuspension = new ApplicationClock(this, calendar).remainingAt(at);
        this.clockStoppedAt = at;
        suspensions.add(new Suspension(this, at, by, reason.strip()));
        this.status = ApplicationStatus.SUSPENDED;
    }

    /** 补正完成: the clock restarts with the working time that was left when it stopped. */
    void resume(LocalDateTime at, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.SUSPENDED, "恢复计时");
        Suspension open = openSuspension();
        requireNotBefore(at, open.startedAt(), "恢复时间不能早于补正开始时间");
        open.end(at, by);
        restartClock(at, open.startedAt(), calendar);
    }

    /** 中止计时 for a period the law excludes; 征求意见 only where the kind's rules exclude it. */
    ClockStop startStop(StopKind stopKind, LocalDateTime at, String reason, Long documentId, String by,
                        WorkCalendar calendar, KindRules rules) {
        Objects.requireNonNull(stopKind, "请选择中止计时的事由");
        requireStatus(ApplicationStatus.ACCEPTED, "中止计时");
        requireReason(reason, "请填写中止计时的理由");
        if (stopKind == StopKind.CONSULTATION && !rules.consultationExcluded()) {
            throw new RuleViolation(kind.chineseName() + "征求意见的时间计入办理时限，不能中止计时");
        }
        requireNotBefore(at, lastMoment(), "中止计时的时间不能早于上一步骤的时间");
        this.remainingAtSuspension = new ApplicationClock(this, calendar).remainingAt(at);
        this.clockStoppedAt = at;
        ClockStop stop = new ClockStop(this, stopKind, at, by, reason.strip(), documentId);
        stops.add(stop);
        this.status = ApplicationStatus.STOPPED;
        return stop;
    }

    /** The stop ends: the clock restarts with the working time that was left when it stopped. */
    void endStop(long stopId, LocalDateTime at, Long documentId, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.STOPPED, "恢复计时");
        ClockStop open = openStop();
        if (!Objects.equals(open.id(), stopId)) {
            throw new RuleViolation("正在中止计时的是“" + open.kind().chineseName() + "”（编号 " + open.id() + "）");
        }
        endOpenStop(open, at, documentId, by, calendar);
    }

    private void endOpenStop(ClockStop open, LocalDateTime at, Long documentId, String by, WorkCalendar calendar) {
        requireNotBefore(at, open.startedAt(), "恢复时间不能早于中止计时开始的时间");
        open.end(at, by, documentId);
        restartClock(at, open.startedAt(), calendar);
    }

    private void restartClock(LocalDateTime at, LocalDateTime stoppedAt, WorkCalendar calendar) {
        if (!stoppedAt.isAfter(deadline)) {
            TimeDeadline d = calendar.addWorkingMinutes(at, Math.max(0, remainingAtSuspension));
            this.deadline = d.deadline();
            this.deadlineProvisional |= d.provisional();
        }
        this.remainingAtSuspension = null;
        this.clockStoppedAt = null;
        this.status = ApplicationStatus.ACCEPTED;
    }

    /**
     * 征求意见 of one or more departments, each with the limit; where the kind excludes consultation from the limit and
     * the clock runs, a 征求意见 stop starts with it and ends with the last answer.
     */
    List<Consultation> consult(List<Department> departments, int workingDays, LocalDateTime at, String by,
                               WorkCalendar calendar, KindRules rules) {
        requireHandling("征求意见");
        if (departments == null || departments.isEmpty()) {
            throw new RuleViolation("请选择征求意见的部门");
        }
        if (workingDays < 1 || workingDays > 60) {
            throw new RuleViolation("征求意见的期限应在 1–60 个工作日之间");
        }
        requireNotBefore(at, acceptedAt, "征求意见的时间不能早于受理时间");
        LocalDateTime due = calendar.endOfWorkday(calendar.addWorkingDays(at.toLocalDate(), workingDays).deadline());
        List<Consultation> sent = departments.stream()
                .map(d -> new Consultation(this, d.id(), d.name(), at, by, workingDays, due)).toList();
        consultations.addAll(sent);
        if (rules.consultationExcluded() && status == ApplicationStatus.ACCEPTED) {
            startStop(StopKind.CONSULTATION, at, "征求意见：" + String.join("、", departments.stream().map(Department::name).toList()),
                    null, by, calendar, rules);
        }
        return sent;
    }

    /** A department's answer; the last one ends the 征求意见 stop. */
    void answer(long consultationId, LocalDateTime at, String text, Long documentId, String by, WorkCalendar calendar) {
        Consultation c = consultations.stream().filter(x -> Objects.equals(x.id(), consultationId)).findFirst()
                .orElseThrow(() -> new RuleViolation("征求意见不存在：" + consultationId));
        if (!c.isOpen()) {
            throw new RuleViolation(c.departmentName() + "已答复");
        }
        requireHandling("答复征求意见");
        requireReason(text, "请填写答复意见");
        requireNotBefore(at, c.sentAt(), "答复时间不能早于征求意见的时间");
        c.answer(at, by, text.strip(), documentId);
        if (consultations.stream().noneMatch(Consultation::isOpen) && status == ApplicationStatus.STOPPED
                && openStop().kind() == StopKind.CONSULTATION) {
            endOpenStop(openStop(), max(at, lastMoment()), documentId, by, calendar);
        }
    }

    /** The officer asks for the kind's extension (once; 核准 up to its own maximum), with the reason. */
    void requestExtension(Integer days, String reason, LocalDateTime at, String by, KindRules rules) {
        requireHandling("申请延期");
        int max = rules.limit().maxExtensionDays();
        if (max == 0) {
            throw new RuleViolation(kind.chineseName() + "不能延期");
        }
        int asked = days == null ? max : days;
        if (asked < 1 || asked > max) {
            throw new RuleViolation("延期不得超过 " + max + " 个工作日");
        }
        requireReason(reason, "请填写延期理由");
        requireNotBefore(at, acceptedAt, "申请延期的时间不能早于受理时间");
        extension.request(asked, reason, at, by);
    }

    /** A leader approves the pending extension: the deadline moves by its working days. Or turns it down. */
    void decideExtension(boolean approved, LocalDateTime at, String by, WorkCalendar calendar) {
        if (extension.requestedAt() != null) {
            requireHandling("批准延期");
            requireNotBefore(at, extension.requestedAt(), "批准时间不能早于申请延期的时间");
        }
        int granted = extension.decide(approved, at, by);
        if (granted > 0) {
            long minutes = (long) granted * calendar.workingHours().minutesPerDay();
            TimeDeadline d = calendar.addWorkingMinutes(deadline, minutes);
            this.deadline = d.deadline();
            this.deadlineProvisional |= d.provisional();
            if (status.clockStopped()) {
                this.remainingAtSuspension += minutes;
            }
            this.limitMinutes += minutes;
        }
    }

    /** A step of the review chain: pass it (to the next), or send the application back to an earlier one. */
    void review(int position, ReviewStep.Decision decision, String opinion, Integer returnTo, String nextAssignee,
                LocalDateTime at, String by, Role role) {
        requireHandling("审查");
        Objects.requireNonNull(decision, "请选择通过或退回");
        if (decision == ReviewStep.Decision.PASS) {
            chain().pass(position, at, by, role, opinion, nextAssignee);
        } else {
            chain().sendBack(position, returnTo, at, by, role, opinion);
        }
    }

    /** 容缺 material supplied: what it meant for the signed commitment. */
    PartialAcceptance.Outcome supplyAndSettle(long missingId, LocalDateTime at, Long documentId, String by) {
        MissingDocument m = partial().openOne(missingId);
        requireHandling("补齐容缺材料");
        requireNotBefore(at, acceptedAt, "补齐时间不能早于受理时间");
        m.supply(at, by, documentId);
        return partial().settle(m, at, commitment());
    }

    /** A signed commitment still unmet after the promised day is breached (once): the reason, or empty. */
    java.util.Optional<String> breachIfOverdue(LocalDate today) {
        return partial().breachIfOverdue(today, commitment());
    }

    /** The officer drafts the decision (拟准予 / 拟不予); the leader signs it. A note says why not to wait for answers. */
    void draftDecision(boolean approved, String reason, String consultationNote, LocalDateTime at, String by) {
        requireHandling("拟定决定");
        if (!approved) {
            requireReason(reason, "不予批准的决定须填写理由");
        }
        requireNotBefore(at, acceptedAt, "拟定决定的时间不能早于受理时间");
        this.draft = new Draft(approved, reason, consultationNote, at, by);
    }

    /** Why the drafted decision cannot be signed now; empty when it can. */
    List<String> signingBlockers() {
        List<String> blockers = new ArrayList<>();
        if (status.clockStopped()) {
            blockers.add(status == ApplicationStatus.SUSPENDED ? "补正中，须先恢复计时" : "计时中止中（"
                    + openStop().kind().chineseName() + "），须先结束");
        } else if (status != ApplicationStatus.ACCEPTED) {
            blockers.add("当前状态不能签发");
            return blockers;
        }
        if (draft().approved() == null) {
            blockers.add("尚未拟定决定");
        }
        if (!chain().readyForSignature()) {
            ReviewStep open = chain().current();
            blockers.add("内部审查尚未完成" + (open == null ? "" : "（当前：第 " + open.position() + " 步“" + open.name() + "”）"));
        }
        List<String> missing = partial().stillMissing();
        if (!missing.isEmpty()) {
            blockers.add("容缺材料尚未补齐：" + String.join("、", missing));
        }
        List<String> waiting = consultations.stream().filter(Consultation::isOpen).map(Consultation::departmentName).toList();
        if (!waiting.isEmpty() && draft().consultationNote() == null) {
            blockers.add("征求意见尚未全部答复（" + String.join("、", waiting) + "），须等待答复或在决定中说明不再等待的理由");
        }
        if (publicNoticeRequired && Boolean.TRUE.equals(draft().approved())
                && stops.stream().noneMatch(s -> s.kind() == StopKind.PUBLIC_NOTICE && !s.isOpen())) {
            blockers.add("政府投资项目总投资达到公示标准，须先完成公示");
        }
        return blockers;
    }

    /** The leader's signature: the drafted decision becomes final under {@code number} (taken from the kind's sequence). */
    void sign(LocalDateTime at, String number, String by, WorkCalendar calendar) {
        List<String> blockers = signingBlockers();
        if (!blockers.isEmpty()) {
            throw new RuleViolation("不能签发：" + String.join("；", blockers));
        }
        requireNotBefore(at, max(lastMoment(), draft().at()), "签发时间不能早于上一步骤的时间");
        chain().passBySignature(at, by);
        decide(at, draft().approved(), number, draft().reason(), by, calendar);
    }

    /** 办结: approved with a document number, or rejected with a reason. Records the working time used and excluded. */
    void decide(LocalDateTime at, boolean approved, String number, String reason, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.ACCEPTED, "作出决定");
        requireNotBefore(at, lastMoment(), "决定时间不能早于上一步骤的时间");
        if (!partial().stillMissing().isEmpty()) {
            throw new RuleViolation("容缺材料补齐前不能作出决定");
        }
        if (approved) {
            requireReason(number, "准予的决定须填写文书号");
        } else {
            requireReason(reason, "不予批准的决定须填写理由");
        }
        this.documentNumber = number == null || number.isBlank() ? null : number.strip();
        this.usedMinutes = pauses().counted(acceptedAt, at, calendar);
        this.excludedMinutes = pauses().excluded(acceptedAt, at, calendar);
        this.elapsedMinutes = usedMinutes + excludedMinutes;
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
        if (status == ApplicationStatus.STOPPED) {
            openStop().end(at, by, null);
        }
        close(ApplicationStatus.WITHDRAWN, at, by, reason == null || reason.isBlank() ? "申请人撤回" : reason);
    }

    /**
     * Stores the clock's state at {@code now} and, while the clock runs, the moment it turns to warning, so that a
     * query finds the applications in a state without reading every clock: running, it is in warning from
     * {@code warningAt} to the deadline and overdue after it; stopped, {@code clockState} holds until the next event.
     * Called after every clock event, and by the clock job for stale rows and the time-driven transitions.
     */
    void recordClock(LocalDateTime now, WorkCalendar calendar) {
        ApplicationClock clock = new ApplicationClock(this, calendar);
        ClockReading reading = clock.at(now);
        this.clockState = reading == null ? null : reading.state();
        this.warningAt = reading != null && reading.running() ? clock.firstWarningMoment() : null;
        this.clockStale = false;
        for (ReviewStep step : steps) {
            step.overShareAt(step.isOpen() && status.isOpen() ? clock.overShareMoment(step) : null);
        }
    }

    /** The clock at {@code now}; null before acceptance and for withdrawn applications. */
    ClockReading clock(LocalDateTime now, WorkCalendar calendar) {
        return new ApplicationClock(this, calendar).at(now);
    }

    /** Working minutes a step took (or has taken by {@code now}), leaving out the time the clock stood still. */
    long stepMinutes(ReviewStep step, LocalDateTime now, WorkCalendar calendar) {
        LocalDateTime end = step.finishedAt() != null ? step.finishedAt() : closedAt != null ? closedAt : now;
        return pauses().counted(step.startedAt(), end, calendar);
    }

    /** Working minutes the clock ran from acceptance to {@code until}, leaving out every suspension and stop. */
    long usedWorkingMinutes(LocalDateTime until, WorkCalendar calendar) {
        return pauses().counted(acceptedAt, until, calendar);
    }

    /** Working minutes from acceptance to {@code until} that the law leaves out (补正 and the stops). */
    long excludedWorkingMinutes(LocalDateTime until, WorkCalendar calendar) {
        return pauses().excluded(acceptedAt, until, calendar);
    }

    /** The periods the clock stood still, in order. */
    Pauses pauses() {
        return new Pauses(Stream.concat(
                suspensions.stream().map(p -> new Pauses.Pause(p.startedAt(), p.endedAt())),
                stops.stream().map(p -> new Pauses.Pause(p.startedAt(), p.endedAt()))).toList());
    }

    PartialAcceptance partial() {
        return new PartialAcceptance(this, missingDocuments);
    }

    ReviewChain chain() {
        return new ReviewChain(this, reviewChain, steps);
    }

    private void recordCheck(CreditCheckResult check) {
        credit.record(check);
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
        for (ClockStop s : stops) {
            last = max(last, s.startedAt());
            if (s.endedAt() != null) {
                last = max(last, s.endedAt());
            }
        }
        return last;
    }

    ClockStop openStop() {
        return stops.stream().filter(ClockStop::isOpen).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open stop"));
    }

    /** Accepted and not yet decided: the steps between acceptance and decision are allowed. */
    private void requireHandling(String step) {
        if (acceptedAt == null || !status.isOpen()) {
            throw new RuleViolation("当前状态不能" + step + "（" + status + "）");
        }
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
    CreditScreening credit() { return credit != null ? credit : (credit = new CreditScreening()); }
    Extension extension() { return extension != null ? extension : (extension = new Extension()); }
    Commitment commitment() { return commitment != null ? commitment : (commitment = new Commitment()); }
    Draft draft() { return draft != null ? draft : Draft.NONE; }
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
    boolean deadlineProvisional() { return deadlineProvisional; }
    Long remainingAtSuspension() { return remainingAtSuspension; }
    /** When the clock stopped (rows from before the stop time was stored: the open suspension's start). */
    LocalDateTime stoppedAt() { return clockStoppedAt != null ? clockStoppedAt : openSuspension().startedAt(); }
    LocalDateTime acceptedAt() { return acceptedAt; }
    String acceptedBy() { return acceptedBy; }
    LocalDateTime deadline() { return deadline; }
    LocalDateTime closedAt() { return closedAt; }
    String closedBy() { return closedBy; }
    String closeReason() { return closeReason; }
    String documentNumber() { return documentNumber; }
    Long usedMinutes() { return usedMinutes; }
    Boolean onTime() { return onTime; }
    ClockState clockState() { return clockState; }
    LocalDateTime warningAt() { return warningAt; }
    List<Suspension> suspensions() { return List.copyOf(suspensions); }
    BigDecimal totalInvestment() { return totalInvestment; }
    boolean publicNoticeRequired() { return publicNoticeRequired; }
    Long excludedMinutes() { return excludedMinutes; }
    Long elapsedMinutes() { return elapsedMinutes; }
    List<ChainStep> reviewChain() { return reviewChain; }
    List<ClockStop> stops() { return List.copyOf(stops); }
    List<ReviewStep> steps() { return List.copyOf(steps); }
    List<Consultation> consultations() { return List.copyOf(consultations); }
    List<MissingDocument> missingDocuments() { return List.copyOf(missingDocuments); }

    /** A department consulted: one of the platform ({@code id}) or outside it (id null). */
    record Department(Long id, String name) {
    }
}
