package org.fagai.supervision.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.Role;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.WorkCalendar;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.security.access.AccessDeniedException;

/**
 * A 督办事项 and its loop. The rules live here: only the lead person signs, reports and asks for closure (with result
 * and evidence); only the supervising officer verifies or returns, and never an item he leads himself; a leader decides
 * an extension he did not ask for; the colour (三色) and the missed-report flag follow from the stored facts.
 */
@Entity
@Table(name = "supervision_item")
class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String content;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_ref")
    private String sourceRef;
    @Column(name = "source_link")
    private String sourceLink;
    private int year;
    private Integer area;
    @Column(name = "problem_id")
    private Long problemId;
    @Column(name = "lead_unit_id")
    private long leadUnitId;
    @Column(name = "lead_person_id")
    private long leadPersonId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "co_unit_ids")
    private Long[] coUnitIds;
    @Column(name = "supervisor_id")
    private long supervisorId;
    @Column(name = "leader_id")
    private Long leaderId;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "assigned_on")
    private LocalDate assignedOn;
    @Column(name = "working_days")
    private Integer workingDays;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private ItemState state;
    @Enumerated(EnumType.STRING)
    private Colour colour;
    @Column(name = "colour_reason")
    private String colourReason;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "next_report_due")
    private LocalDate nextReportDue;
    @Column(name = "report_missed")
    private boolean reportMissed;
    @Column(name = "last_progress")
    private String lastProgress;
    private String result;
    private String evidence;
    @Column(name = "evidence_files")
    private int evidenceFiles;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "closed_on_time")
    private Boolean closedOnTime;
    @Embedded
    private ExtensionRequest extension;
    @Column(name = "escalated_on")
    private LocalDate escalatedOn;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private int version;
    @ElementCollection
    @CollectionTable(name = "supervision_milestone", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "seq")
    private List<Milestone> milestones = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "item_id", nullable = false)
    @OrderBy("id")
    private List<Step> steps = new ArrayList<>();

    protected Item() {
    }

    Item(ItemDraft d, Actor assigner, Instant now) {
        this.title = d.title();
        this.content = d.content();
        this.sourceType = d.sourceType();
        this.sourceRef = d.sourceRef();
        this.sourceLink = d.sourceLink();
        this.year = d.assignedOn().getYear();
        this.area = d.area();
        this.problemId = d.problemId();
        this.leadUnitId = d.leadUnitId();
        this.leadPersonId = d.leadPersonId();
        this.coUnitIds = d.coUnitIds().toArray(Long[]::new);
        this.supervisorId = d.supervisorId();
        this.leaderId = d.leaderId();
        this.regionCode = d.regionCode();
        this.assignedOn = d.assignedOn();
        this.workingDays = d.workingDays();
        this.deadline = d.deadline();
        this.state = ItemState.PENDING_SIGN;
        this.colour = Colour.GREEN;
        this.createdBy = d.createdBy();
        d.milestones().forEach(m -> milestones.add(new Milestone(m.title(), m.dueOn())));
        steps.add(new Step(now, StepKind.ASSIGNED, assigner, StepNotes.assigned(deadline)));
    }

    void sign(Actor actor, LocalDate today, WorkCalendar calendar, ColourRules rules, Instant now) {
        requireState(ItemState.PENDING_SIGN, "sign");
        requireLead(actor, "签收");
        state = ItemState.IN_PROGRESS;
        signedOn = today;
        nextReportDue = rules.reportDueAfter(today, calendar);
        steps.add(new Step(now, StepKind.SIGNED, actor, null));
    }

    void report(Actor actor, String progress, LocalDate today, WorkCalendar calendar, ColourRules rules, Instant now) {
        requireState(ItemState.IN_PROGRESS, "report");
        requireLead(actor, "报送进展");
        lastProgress = Texts.required("progress", progress, 4000, "supervision.field.progress");
        nextReportDue = rules.reportDueAfter(today, calendar);
        reportMissed = false;
        steps.add(new Step(now, StepKind.REPORTED, actor, lastProgress));
    }

    void completeMilestone(Actor actor, int seq, LocalDate today, Instant now) {
        requireState(ItemState.IN_PROGRESS, "milestone");
        requireLead(actor, "完成节点");
        if (seq < 0 || seq >= milestones.size()) {
            throw FieldErrors.of("seq", StoredText.of("supervision.error.milestoneSeq", milestones.size() - 1, seq));
        }
        Milestone m = milestones.get(seq);
        if (m.doneOn() != null) {
            throw new LoopViolation(StoredText.of("supervision.refused.milestoneDone", m.title(), m.doneOn()));
        }
        m.complete(today);
        steps.add(new Step(now, StepKind.MILESTONE_DONE, actor, m.title()));
    }

    /** An evidence file for the closure request, uploaded by the lead person while he handles the item. */
    void attachEvidence(Actor actor, String fileName, Instant now) {
        requireState(ItemState.IN_PROGRESS, "evidence");
        requireLead(actor, "上传佐证文件");
        evidenceFiles++;
        steps.add(new Step(now, StepKind.EVIDENCE_ADDED, actor, fileName));
    }

    /** Needs the result and evidence: a description, or at least one evidence file uploaded before. */
    void requestClosure(Actor actor, String resultText, String evidenceText, Instant now) {
        requireState(ItemState.IN_PROGRESS, "requestClosure");
        requireLead(actor, "申请办结");
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String r = Texts.collect(errors, "result", resultText, 4000, "supervision.field.result");
        String e = evidenceFiles > 0 ? Texts.optional(errors, "evidence", evidenceText, 2000, "supervision.field.evidence")
                : Texts.collect(errors, "evidence", evidenceText, 2000, "supervision.field.evidenceOrFile");
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        result = r;
        evidence = e;
        state = ItemState.CLOSURE_REQUESTED;
        steps.add(new Step(now, StepKind.CLOSURE_REQUESTED, actor, StepNotes.closureRequested(result, evidence, evidenceFiles)));
    }

    void verify(Actor actor, LocalDate today, Instant now) {
        requireState(ItemState.CLOSURE_REQUESTED, "verify");
        if (actor.is(leadPersonId)) {
            throw new AccessDeniedException("不能核验本人牵头办理的事项");
        }
        requireSupervisor(actor, "核验办结");
        if ((evidence == null || evidence.isBlank()) && evidenceFiles == 0) {
            throw new LoopViolation(StoredText.of("supervision.refused.noEvidence"));
        }
        state = ItemState.CLOSED;
        closedOn = today;
        closedOnTime = !today.isAfter(deadline);
        colour = closedOnTime ? Colour.GREEN : Colour.RED;
        colourReason = StoredText.of(closedOnTime ? "supervision.reason.closedOnTime" : "supervision.reason.closedLate");
        reportMissed = false;
        steps.add(new Step(now, StepKind.VERIFIED, actor, colourReason));
    }

    void returnForRework(Actor actor, String reason, Instant now) {
        requireState(ItemState.CLOSURE_REQUESTED, "return");
        requireSupervisor(actor, "退回");
        String why = Texts.required("reason", reason, 500, "supervision.field.returnReason");
        state = ItemState.IN_PROGRESS;
        steps.add(new Step(now, StepKind.RETURNED, actor, why));
    }

    void requestExtension(Actor actor, LocalDate newDeadline, String reason, Instant now) {
        if (state != ItemState.PENDING_SIGN && state != ItemState.IN_PROGRESS) {
            throw refusedIn("extension");
        }
        requireLead(actor, "申请延期");
        if (extension().pending()) {
            throw new LoopViolation(StoredText.of("supervision.refused.extensionPending", extension().deadline()));
        }
        extension = ExtensionRequest.of(deadline, newDeadline, reason, actor.id());
        steps.add(new Step(now, StepKind.EXTENSION_REQUESTED, actor, StepNotes.extensionRequested(newDeadline, extension.reason())));
    }

    void decideExtension(Actor actor, boolean approve, String note, Instant now) {
        ExtensionRequest asked = extension();
        if (!asked.pending()) {
            throw new LoopViolation(StoredText.of("supervision.refused.noExtension"));
        }
        if (actor.role() != Role.LEADER) {
            throw new AccessDeniedException("延期申请由委领导审批");
        }
        if (actor.is(asked.by())) {
            throw new AccessDeniedException("不能审批本人提出的延期申请");
        }
        if (approve) {
            deadline = asked.deadline();
            escalatedOn = null;
        }
        extension = null;
        steps.add(new Step(now, approve ? StepKind.EXTENSION_APPROVED : StepKind.EXTENSION_REFUSED, actor,
                StepNotes.extensionDecided(approve, asked.deadline(), note)));
    }

    /**
     * The item's source moved its date (its own rule, e.g. a statutory extension). Open items only; a pending extension
     * request that the new date reaches lapses; a later date not yet past lifts the escalation, so a new overdue escalates
     * again. Returns false when the date is the current one (nothing changes).
     */
    boolean moveDeadline(Actor actor, LocalDate newDeadline, String reason, LocalDate today, Instant now) {
        if (!state.open()) {
            // a ConflictException, not a LoopViolation: other modules call this, and every controller answers it 409
            throw new ConflictException("state", refusedIn("moveDeadline").getMessage());
        }
        String why = DeadlineMoves.checkedReason(newDeadline, assignedOn, deadline, reason);
        if (newDeadline.equals(deadline)) {
            return false;
        }
        LocalDate lapsed = null;
        if (extension().pending() && !extension().deadline().isAfter(newDeadline)) {
            lapsed = extension().deadline();
            extension = null;
        }
        String note = StepNotes.deadlineMoved(deadline, newDeadline, why, lapsed);
        if (newDeadline.isAfter(deadline) && !today.isAfter(newDeadline)) {
            escalatedOn = null;
        }
        deadline = newDeadline;
        steps.add(new Step(now, StepKind.DEADLINE_MOVED, actor, note));
        return true;
    }

    /**
     * Its source record no longer needs it (the problem it follows was settled another way): cancelled on the source's
     * behalf, whoever supervises it. Returns {@code false} for an item already closed or cancelled.
     */
    boolean withdrawForSource(Actor actor, String reason, Instant now) {
        if (!state.open()) {
            return false;
        }
        state = ItemState.CANCELLED;
        extension = null;
        steps.add(new Step(now, StepKind.CANCELLED, actor, Texts.required("reason", reason, 500, "supervision.field.cancelReason")));
        return true;
    }

    void cancel(Actor actor, String reason, Instant now) {
        if (!state.open()) {
            throw refusedIn("cancel");
        }
        if (!actor.is(supervisorId) && actor.role() != Role.LEADER) {
            throw new AccessDeniedException("只有督办人或委领导可以撤销事项");
        }
        String why = Texts.required("reason", reason, 500, "supervision.field.cancelReason");
        state = ItemState.CANCELLED;
        extension = null;
        steps.add(new Step(now, StepKind.CANCELLED, actor, why));
    }

    /**
     * Recomputes the colour and the missed-report flag for {@code today}. Returns {@code true} when the item has just
     * become overdue and must be escalated to its leader (recorded once per deadline).
     */
    boolean refresh(LocalDate today, WorkCalendar calendar, ColourRules rules, Instant now) {
        if (!state.open()) {
            return false;
        }
        boolean missed = state == ItemState.IN_PROGRESS && nextReportDue != null && today.isAfter(nextReportDue);
        if (missed && !reportMissed) {
            steps.add(new Step(now, StepKind.REPORT_MISSED, Actor.SYSTEM, StoredText.of("supervision.reason.reportDue", nextReportDue)));
        }
        reportMissed = missed;
        ColourRules.Verdict verdict = rules.judge(today, deadline, milestones, calendar);
        colour = verdict.colour();
        colourReason = verdict.reason();
        if (colour == Colour.RED && escalatedOn == null) {
            escalatedOn = today;
            steps.add(new Step(now, StepKind.ESCALATED, Actor.SYSTEM, StoredText.of("supervision.reason.escalated")));
            return true;
        }
        return false;
    }

    /** {@code step} names the refused step in the message ({@code supervision.refused.step.<step>}). */
    private void requireState(ItemState expected, String step) {
        if (state != expected) {
            throw refusedIn(step);
        }
    }

    /** The step refused in the item's state, a stored sentence read in the reader's language. */
    private LoopViolation refusedIn(String step) {
        return new LoopViolation(StoredText.of("supervision.refused.state", StoredText.label("supervision.refused.state." + state.name()),
                StoredText.label("supervision.refused.step." + step)));
    }

    private void requireLead(Actor actor, String step) {
        if (!actor.is(leadPersonId)) {
            throw new AccessDeniedException("只有责任人可以" + step);
        }
    }

    private void requireSupervisor(Actor actor, String step) {
        if (!actor.is(supervisorId)) {
            throw new AccessDeniedException("只有督办人可以" + step);
        }
    }

    Long id() { return id; }
    String title() { return title; }
    String content() { return content; }
    String sourceType() { return sourceType; }
    String sourceRef() { return sourceRef; }
    String sourceLink() { return sourceLink; }
    int year() { return year; }
    Integer area() { return area; }
    Long problemId() { return problemId; }
    long leadUnitId() { return leadUnitId; }
    long leadPersonId() { return leadPersonId; }
    List<Long> coUnitIds() { return coUnitIds == null ? List.of() : List.of(coUnitIds); }
    long supervisorId() { return supervisorId; }
    Long leaderId() { return leaderId; }
    String regionCode() { return regionCode; }
    LocalDate assignedOn() { return assignedOn; }
    Integer workingDays() { return workingDays; }
    LocalDate deadline() { return deadline; }
    ItemState state() { return state; }
    Colour colour() { return colour; }
    String colourReason() { return colourReason; }
    LocalDate nextReportDue() { return nextReportDue; }
    boolean reportMissed() { return reportMissed; }
    String lastProgress() { return lastProgress; }
    String result() { return result; }
    String evidence() { return evidence; }
    int evidenceFiles() { return evidenceFiles; }
    LocalDate closedOn() { return closedOn; }
    Boolean closedOnTime() { return closedOnTime; }
    ExtensionRequest extension() { return extension != null ? extension : ExtensionRequest.NONE; }
    LocalDate escalatedOn() { return escalatedOn; }
    List<Milestone> milestones() { return milestones; }
    List<Step> steps() { return steps; }
}
