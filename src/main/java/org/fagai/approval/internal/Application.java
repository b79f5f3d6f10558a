package org.fagai.approval.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.credit.CreditCheckResult;
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
    @Column(name = "total_investment")
    private BigDecimal totalInvestment;
    @Convert(converter = ChainConverter.class)
    @Column(name = "review_chain")
    private List<ChainStep> reviewChain = List.of();
    @Column(name = "public_notice_required")
    private boolean publicNoticeRequired;
    @Column(name = "extension_requested_days")
    private Integer extensionRequestedDays;
    @Column(name = "extension_requested_at")
    private LocalDateTime extensionRequestedAt;
    @Column(name = "extension_requested_by")
    private String extensionRequestedBy;
    @Column(name = "extension_request_reason")
    private String extensionRequestReason;
    @Column(name = "extension_approved_at")
    private LocalDateTime extensionApprovedAt;
    @Column(name = "promised_by")
    private LocalDate promisedBy;
    @Column(name = "draft_approved")
    private Boolean draftApproved;
    @Column(name = "draft_reason")
    private String draftReason;
    @Column(name = "draft_consultation_note")
    private String draftConsultationNote;
    @Column(name = "drafted_at")
    private LocalDateTime draftedAt;
    @Column(name = "drafted_by")
    private String draftedBy;
    @Column(name = "excluded_minutes")
    private Long excludedMinutes;
    @Column(name = "elapsed_minutes")
    private Long elapsedMinutes;
    @Column(name = "clock_stopped_at")
    private LocalDateTime clockStoppedAt;
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
            this.overrideBy = by;
            this.overrideReason = overrideReason.strip();
        }
        acceptPartially(at, rules, check, acceptance);
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

    /** 容缺受理: only where the kind allows it, only secondary materials of its checklist, with a date after today. */
    private void acceptPartially(LocalDateTime at, KindRules rules, CreditCheckResult check, Acceptance acceptance) {
        if (acceptance.missing().isEmpty()) {
            return;
        }
        if (!rules.partialAcceptance()) {
            throw new RuleViolation(kind.chineseName() + "不适用容缺受理");
        }
        if (check.listed()) {
            throw new RuleViolation("失信申请人不适用容缺受理");
        }
        if (acceptance.promisedBy() == null || !acceptance.promisedBy().isAfter(at.toLocalDate())) {
            throw new RuleViolation("请填写申请人承诺补齐容缺材料的日期（晚于受理日）");
        }
        if (new HashSet<>(acceptance.missing()).size() != acceptance.missing().size()) {
            throw new RuleViolation("容缺材料不能重复");
        }
        for (String name : acceptance.missing()) {
            if (!rules.isSecondaryMaterial(name)) {
                throw new RuleViolation("“" + name + "”不是本类申请可容缺的次要材料");
            }
            missingDocuments.add(new MissingDocument(this, name, acceptance.promisedBy()));
        }
        this.promisedBy = acceptance.promisedBy();
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
        this.remainingAtSuspension = remainingAt(at, calendar);
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
        if (extensionDays > 0) {
            throw new RuleViolation("延期只能一次，已延期 " + extensionDays + " 个工作日");
        }
        if (extensionRequestedAt != null) {
            throw new RuleViolation("已有待委领导批准的延期申请");
        }
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
        this.extensionRequestedDays = asked;
        this.extensionRequestReason = reason.strip();
        this.extensionRequestedAt = at;
        this.extensionRequestedBy = by;
    }

    /** A leader approves the pending extension: the deadline moves by its working days. Or turns it down. */
    void decideExtension(boolean approved, LocalDateTime at, String by, WorkCalendar calendar) {
        if (extensionRequestedAt == null) {
            throw new RuleViolation("没有待批准的延期申请");
        }
        requireHandling("批准延期");
        requireNotBefore(at, extensionRequestedAt, "批准时间不能早于申请延期的时间");
        if (approved) {
            long minutes = (long) extensionRequestedDays * calendar.workingHours().minutesPerDay();
            TimeDeadline d = calendar.addWorkingMinutes(deadline, minutes);
            this.deadline = d.deadline();
            this.deadlineProvisional |= d.provisional();
            if (status.clockStopped()) {
                this.remainingAtSuspension += minutes;
            }
            this.limitMinutes += minutes;
            this.extensionDays = extensionRequestedDays;
            this.extensionReason = extensionRequestReason;
            this.extendedBy = by;
            this.extensionApprovedAt = at;
        }
        this.extensionRequestedAt = null;
        this.extensionRequestedDays = null;
        this.extensionRequestedBy = approved ? extensionRequestedBy : null;
        this.extensionRequestReason = approved ? extensionRequestReason : null;
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

    /** 容缺 material supplied: the promise is kept (or late). */
    void supply(long missingId, LocalDateTime at, Long documentId, String by) {
        MissingDocument m = missingDocuments.stream().filter(x -> Objects.equals(x.id(), missingId)).findFirst()
                .orElseThrow(() -> new RuleViolation("容缺材料不存在：" + missingId));
        if (!m.isOpen()) {
            throw new RuleViolation("“" + m.name() + "”已补齐");
        }
        requireHandling("补齐容缺材料");
        requireNotBefore(at, acceptedAt, "补齐时间不能早于受理时间");
        m.supply(at, by, documentId);
    }

    /** The officer drafts the decision (拟准予 / 拟不予); the leader signs it. A note says why not to wait for answers. */
    void draftDecision(boolean approved, String reason, String consultationNote, LocalDateTime at, String by) {
        requireHandling("拟定决定");
        if (!approved) {
            requireReason(reason, "不予批准的决定须填写理由");
        }
        requireNotBefore(at, acceptedAt, "拟定决定的时间不能早于受理时间");
        this.draftApproved = approved;
        this.draftReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.draftConsultationNote = consultationNote == null || consultationNote.isBlank() ? null : consultationNote.strip();
        this.draftedAt = at;
        this.draftedBy = by;
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
        if (draftApproved == null) {
            blockers.add("尚未拟定决定");
        }
        if (!chain().readyForSignature()) {
            ReviewStep open = chain().current();
            blockers.add("内部审查尚未完成" + (open == null ? "" : "（当前：第 " + open.position() + " 步“" + open.name() + "”）"));
        }
        List<String> missing = missingDocuments.stream().filter(MissingDocument::isOpen).map(MissingDocument::name).toList();
        if (!missing.isEmpty()) {
            blockers.add("容缺材料尚未补齐：" + String.join("、", missing));
        }
        List<String> waiting = consultations.stream().filter(Consultation::isOpen).map(Consultation::departmentName).toList();
        if (!waiting.isEmpty() && draftConsultationNote == null) {
            blockers.add("征求意见尚未全部答复（" + String.join("、", waiting) + "），须等待答复或在决定中说明不再等待的理由");
        }
        if (publicNoticeRequired && Boolean.TRUE.equals(draftApproved)
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
        requireNotBefore(at, max(lastMoment(), draftedAt), "签发时间不能早于上一步骤的时间");
        chain().passBySignature(at, by);
        decide(at, draftApproved, number, draftReason, by, calendar);
    }

    /** 办结: approved with a document number, or rejected with a reason. Records the working time used and excluded. */
    void decide(LocalDateTime at, boolean approved, String number, String reason, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.ACCEPTED, "作出决定");
        requireNotBefore(at, lastMoment(), "决定时间不能早于上一步骤的时间");
        if (missingDocuments.stream().anyMatch(MissingDocument::isOpen)) {
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

    /** The clock at {@code now}; null before acceptance and for refused or withdrawn applications. */
    ClockReading clock(LocalDateTime now, WorkCalendar calendar) {
        if (acceptedAt == null || status == ApplicationStatus.WITHDRAWN) {
            return null;
        }
        return switch (status) {
            case APPROVED, REJECTED -> new ClockReading(deadline, remainingAt(closedAt, calendar),
                    Boolean.TRUE.equals(onTime) ? ClockState.NORMAL : ClockState.OVERDUE, false, deadlineProvisional);
            case SUSPENDED, STOPPED -> {
                LocalDateTime stopped = clockStoppedAt != null ? clockStoppedAt : openSuspension().startedAt();
                boolean late = stopped.isAfter(deadline) || remainingAtSuspension < 0;
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
        for (ReviewStep step : steps) {
            step.overShareAt(step.isOpen() && status.isOpen() ? overShareMoment(step, calendar) : null);
        }
    }

    /** When the step's counted working time passes its share of the limit; null while the clock stands short of it. */
    private LocalDateTime overShareMoment(ReviewStep step, WorkCalendar calendar) {
        return pauses().afterCounted(step.startedAt(), limitMinutes * step.sharePercent() / 100, calendar);
    }

    /** Working minutes a step took (or has taken by {@code now}), leaving out the time the clock stood still. */
    long stepMinutes(ReviewStep step, LocalDateTime now, WorkCalendar calendar) {
        LocalDateTime end = step.finishedAt() != null ? step.finishedAt() : closedAt != null ? closedAt : now;
        return pauses().counted(step.startedAt(), end, calendar);
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

    ReviewChain chain() {
        return new ReviewChain(this, reviewChain, steps);
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
    BigDecimal totalInvestment() { return totalInvestment; }
    boolean publicNoticeRequired() { return publicNoticeRequired; }
    Integer extensionRequestedDays() { return extensionRequestedDays; }
    LocalDateTime extensionRequestedAt() { return extensionRequestedAt; }
    String extensionRequestedBy() { return extensionRequestedBy; }
    String extensionRequestReason() { return extensionRequestReason; }
    LocalDateTime extensionApprovedAt() { return extensionApprovedAt; }
    LocalDate promisedBy() { return promisedBy; }
    Boolean draftApproved() { return draftApproved; }
    String draftReason() { return draftReason; }
    String draftConsultationNote() { return draftConsultationNote; }
    LocalDateTime draftedAt() { return draftedAt; }
    String draftedBy() { return draftedBy; }
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

    /**
     * How an application is accepted beyond the credit check: complete, or 容缺 with the missing secondary materials and
     * the promised date; {@code publicNoticeThreshold} (万元) decides whether a government investment needs 公示;
     * {@code acceptedAs} is the accepting user's role: the first review step is his when the role fits it (null: it is).
     */
    record Acceptance(List<String> missing, LocalDate promisedBy, BigDecimal publicNoticeThreshold, Role acceptedAs) {

        static final Acceptance COMPLETE = new Acceptance(List.of(), null, null, null);

        Acceptance(List<String> missing, LocalDate promisedBy, BigDecimal publicNoticeThreshold) {
            this(missing, promisedBy, publicNoticeThreshold, null);
        }

        Acceptance {
            missing = missing == null ? List.of() : missing.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        }
    }
}
