package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import static org.fagai.approval.internal.Checks.max;
import static org.fagai.approval.internal.Checks.requireNotBefore;
import static org.fagai.approval.internal.Checks.requireReason;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.RedListStatus;
import org.fagai.organization.Role;
import org.fagai.shared.WorkCalendar;

/**
 * An application (申请): its life cycle from 收件 to decision, and the parts that hold the other rules — the credit
 * check at acceptance ({@link CreditScreening}: a listed applicant only with a leader's written reason), the clock
 * ({@link Countdown}; warning and overdue read by {@link ApplicationClock}), its stops ({@link ClockStops}), the one
 * extension ({@link Extension}), 征求意见 ({@link Consulting}), 容缺 ({@link PartialAcceptance}), the review chain
 * ({@link ReviewChain}), what must be done before signing ({@link SigningCheck}) and the end ({@link Outcome}).
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
    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Embedded
    private Countdown countdown = new Countdown();
    @Embedded
    private Outcome outcome;
    @Column(name = "total_investment")
    private BigDecimal totalInvestment;
    @Convert(converter = ChainConverter.class)
    @Column(name = "review_chain")
    private List<ChainStep> reviewChain = List.of();
    @Column(name = "public_notice_required")
    private boolean publicNoticeRequired;
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
                CreditCheckResult preliminaryCheck, BigDecimal totalInvestment) {
        if (totalInvestment != null && totalInvestment.signum() < 0) {
            throw new RuleViolation(StoredText.of("approval.error.investmentNegative"));
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
        credit().record(preliminaryCheck);
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
        requireStatus(ApplicationStatus.RECEIVED, StoredText.label("approval.error.step.accept"));
        requireNotBefore(at, receivedAt, "approval.error.acceptBeforeReceived");
        credit().recordAtAcceptance(check, applicantName + "（" + applicantCreditCode + "）", by, overrideReason);
        if (!acceptance.missing().isEmpty()) {
            this.commitment = partial().open(at, rules, check, acceptance);
        }
        this.countdown = Countdown.start(at, rules.limit(), calendar);
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

    /** 守信激励 as credit answered it: see {@link CreditScreening#recordRedList}. */
    void recordRedList(RedListStatus status, boolean greenChannel) {
        credit().recordRedList(status, greenChannel, acceptedAt != null);
    }

    /** 不予受理, with the reason. */
    void refuse(LocalDateTime at, String reason, String by) {
        requireStatus(ApplicationStatus.RECEIVED, StoredText.label("approval.error.step.refuse"));
        requireReason(reason, "approval.error.refuseReasonRequired");
        requireNotBefore(at, receivedAt, "approval.error.refuseBeforeReceived");
        close(ApplicationStatus.REFUSED, at, by, reason);
    }

    /** 补正 and the stops the law excludes. */
    ClockStops pausing() {
        return new ClockStops(this, suspensions, stops);
    }

    /** The clock stops ({@code why}: 补正 or a stop) with the working time left at {@code at}. */
    void stopClock(ApplicationStatus why, LocalDateTime at, WorkCalendar calendar) {
        countdown.stop(at, new ApplicationClock(this, calendar).remainingAt(at));
        this.status = why;
    }

    /** The clock runs again with the working time that was left when it stopped at {@code stoppedAt}. */
    void restartClock(LocalDateTime at, LocalDateTime stoppedAt, WorkCalendar calendar) {
        countdown.restart(at, stoppedAt, calendar);
        this.status = ApplicationStatus.ACCEPTED;
    }

    /** 征求意见 and its answers. */
    Consulting consulting() {
        return new Consulting(this, consultations);
    }

    /** The officer asks for the kind's extension (once; 核准 up to its own maximum), with the reason. */
    void requestExtension(Integer days, String reason, LocalDateTime at, String by, KindRules rules) {
        requireHandling(StoredText.label("approval.error.step.requestExtension"));
        requireNotBefore(at, acceptedAt, "approval.error.extensionBeforeAccept");
        extension().request(days, rules.limit().maxExtensionDays(), StoredText.label(kind.labelKey()), reason, at, by);
    }

    /** A leader approves the pending extension: the deadline moves by its working days. Or turns it down. */
    void decideExtension(boolean approved, LocalDateTime at, String by, WorkCalendar calendar) {
        if (extension.requestedAt() != null) {
            requireHandling(StoredText.label("approval.error.step.approveExtension"));
            requireNotBefore(at, extension.requestedAt(), "approval.error.approvalBeforeRequest");
        }
        int granted = extension.decide(approved, at, by);
        if (granted > 0) {
            countdown.extend(granted, status.clockStopped(), calendar);
        }
    }

    /** A step of the review chain: pass it (to the next), or send the application back to an earlier one. */
    void review(int position, ReviewStep.Decision decision, String opinion, Integer returnTo, String nextAssignee,
                LocalDateTime at, String by, Role role) {
        requireHandling(StoredText.label("approval.error.step.review"));
        Objects.requireNonNull(decision, "请选择通过或退回");
        if (decision == ReviewStep.Decision.PASS) {
            chain().pass(position, at, by, role, opinion, nextAssignee);
        } else {
            chain().sendBack(position, returnTo, at, by, role, opinion);
        }
    }

    /** The officer drafts the decision (拟准予 / 拟不予); the leader signs it. A note says why not to wait for answers. */
    void draftDecision(boolean approved, String reason, String consultationNote, LocalDateTime at, String by) {
        requireHandling(StoredText.label("approval.error.step.draft"));
        if (!approved) {
            requireReason(reason, "approval.error.rejectReasonRequired");
        }
        requireNotBefore(at, acceptedAt, "approval.error.draftBeforeAccept");
        this.draft = new Draft(approved, reason, consultationNote, at, by);
    }

    /** Why the drafted decision cannot be signed now; empty when it can. */
    List<String> signingBlockers() {
        return SigningCheck.blockers(this);
    }

    /** The leader's signature: the drafted decision becomes final under {@code number} (taken from the kind's sequence). */
    void sign(LocalDateTime at, String number, String by, WorkCalendar calendar) {
        List<String> blockers = signingBlockers();
        if (!blockers.isEmpty()) {
            throw new RuleViolation(SigningCheck.refusal(blockers));
        }
        requireNotBefore(at, max(lastMoment(), draft().at()), "approval.error.signBeforeLast");
        chain().passBySignature(at, by);
        decide(at, draft().approved(), number, draft().reason(), by, calendar);
    }

    /** 办结: approved with a document number, or rejected with a reason. Records the working time used and excluded. */
    void decide(LocalDateTime at, boolean approved, String number, String reason, String by, WorkCalendar calendar) {
        requireStatus(ApplicationStatus.ACCEPTED, StoredText.label("approval.error.step.decide"));
        requireNotBefore(at, lastMoment(), "approval.error.decideBeforeLast");
        if (!partial().stillMissing().isEmpty()) {
            throw new RuleViolation(StoredText.of("approval.error.missingBeforeDecision"));
        }
        if (approved) {
            requireReason(number, "approval.error.numberRequired");
        } else {
            requireReason(reason, "approval.error.rejectReasonRequired");
        }
        this.status = approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
        this.outcome = Outcome.decided(at, by, approved ? null : reason, number, pauses().counted(acceptedAt, at, calendar),
                pauses().excluded(acceptedAt, at, calendar), !at.isAfter(deadline()));
    }

    /** 撤回 at the applicant's request, at any open step. */
    void withdraw(LocalDateTime at, String reason, String by) {
        if (!status.isOpen()) {
            throw new RuleViolation(StoredText.of("approval.error.withdrawClosed"));
        }
        requireNotBefore(at, lastMoment(), "approval.error.withdrawBeforeLast");
        pausing().endAllAt(at, by);
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
        countdown().record(reading == null ? null : reading.state(),
                reading != null && reading.running() ? clock.firstWarningMoment() : null);
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
        LocalDateTime end = step.finishedAt() != null ? step.finishedAt() : closedAt() != null ? closedAt() : now;
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
        return pausing().pauses();
    }

    PartialAcceptance partial() {
        return new PartialAcceptance(this, missingDocuments);
    }

    ReviewChain chain() {
        return new ReviewChain(this, reviewChain, steps);
    }

    private void close(ApplicationStatus newStatus, LocalDateTime at, String by, String reason) {
        this.status = newStatus;
        this.outcome = Outcome.closed(at, by, reason);
    }

    /** The moment of the latest step, so no step is recorded before it. */
    LocalDateTime lastMoment() {
        return pausing().lastMoment(acceptedAt != null ? acceptedAt : receivedAt);
    }

    ClockStop openStop() {
        return pausing().openStop();
    }

    /** Accepted and not yet decided: the steps between acceptance and decision are allowed. */
    void requireHandling(StoredText.Label step) {
        if (acceptedAt == null || !status.isOpen()) {
            throw new RuleViolation(StoredText.of("approval.error.wrongState", step, StoredText.label(status.labelKey())));
        }
    }

    void requireStatus(ApplicationStatus expected, StoredText.Label step) {
        if (status != expected) {
            throw new RuleViolation(StoredText.of("approval.error.wrongStatus", step, StoredText.label(expected.labelKey()),
                    StoredText.label(status.labelKey())));
        }
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
    Countdown countdown() { return countdown != null ? countdown : (countdown = new Countdown()); }
    Outcome outcome() { return outcome != null ? outcome : Outcome.NONE; }
    /** When the clock stopped (rows from before the stop time was stored: the open suspension's start). */
    LocalDateTime stoppedAt() { return countdown().stoppedAt() != null ? countdown().stoppedAt() : pausing().openSuspension().startedAt(); }
    LocalDateTime acceptedAt() { return acceptedAt; }
    String acceptedBy() { return acceptedBy; }
    LocalDateTime deadline() { return countdown().deadline(); }
    LocalDateTime closedAt() { return outcome().closedAt(); }
    List<Suspension> suspensions() { return List.copyOf(suspensions); }
    BigDecimal totalInvestment() { return totalInvestment; }
    boolean publicNoticeRequired() { return publicNoticeRequired; }
    List<ChainStep> reviewChain() { return reviewChain; }
    List<ClockStop> stops() { return List.copyOf(stops); }
    List<ReviewStep> steps() { return List.copyOf(steps); }
    List<Consultation> consultations() { return List.copyOf(consultations); }
    List<MissingDocument> missingDocuments() { return List.copyOf(missingDocuments); }
}
