package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.project.ProjectStage;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;

/**
 * A lead (招商线索) through the funnel, and the rules that decide what is counted:
 * <ul>
 * <li>Stages only move forward, each dated, never before the stage before it nor after today. A signing may follow a
 * lead without a recorded negotiation; the 洽谈 stage is then reached on the signing's day.</li>
 * <li>A project is counted once, on its <b>first</b> signing ({@code dates.signed} never changes afterwards). A contract
 * after a framework agreement is the same project: its amount replaces the framework's. A supplement changes the amount
 * in force, never the count.</li>
 * <li>注册落地 needs the signing, 开工 the company, 投产 the start; from 开工 on the key project's pipeline leads, so the
 * lead never runs ahead of its project's stage.</li>
 * <li>A lead is stalled after {@value #STALL_DAYS} days without progress (a stage, a negotiation, a signing, money in
 * place) while the officer still drives it: before 开工 and not dropped.</li>
 * </ul>
 */
final class Lead {

    static final int STALL_DAYS = 90;

    /** What the officer states about the lead. */
    record Facts(String investorName, String investorCreditCode, String foreignRegistration, Origin origin, String projectName,
                 String industryCode, String chain, BigDecimal intendedInvestment, String contactPerson, String contactPhone,
                 LeadSource source, Long tripId, String referrerCreditCode, String sourceNote, String regionCode, long officerId) {
    }

    /** What the aggregate decided; the store keeps it column by column. */
    static final class State {
        LeadStage stage = LeadStage.LEAD;
        LocalDate found;
        LocalDate negotiating;
        LocalDate signed;
        LocalDate registered;
        LocalDate started;
        LocalDate producing;
        LocalDate fullCapacity;
        AgreementType agreement;
        BigDecimal agreedInvestment;
        BigDecimal agreedUsd;
        LocalDate agreedOn;
        BigDecimal fundsInPlace = BigDecimal.ZERO;
        String companyCreditCode;
        String projectCode;
        LocalDate droppedOn;
        String dropReason;
        LocalDate lastProgressOn;
    }

    /** What a signing did: whether it counted the project (its first signing) and the investment in force after it. */
    record Signed(boolean counted, BigDecimal agreedInvestment) {
    }

    private Long id;
    private int version;
    private final Facts facts;
    final State state;

    Lead(Long id, int version, Facts facts, State state) {
        this.id = id;
        this.version = version;
        this.facts = facts;
        this.state = state;
    }

    static Lead found(Facts facts, LocalDate on, LocalDate today) {
        notAfterToday("foundOn", on, today);
        State s = new State();
        s.found = on;
        s.lastProgressOn = on;
        return new Lead(null, 0, facts, s);
    }

    void negotiated(LocalDate on, LocalDate today) {
        requireActive();
        check("heldOn", on, state.found, "attraction.error.label.found", today);
        if (state.stage == LeadStage.LEAD) {
            state.stage = LeadStage.NEGOTIATING;
            state.negotiating = on;
        } else if (on.isBefore(state.negotiating)) {
            state.negotiating = on;
        }
        progress(on);
    }

    Signed sign(AgreementType type, LocalDate on, BigDecimal amount, BigDecimal usd, LocalDate today) {
        requireActive();
        if (amount == null || amount.signum() <= 0) {
            throw FieldErrors.of("amount", StoredText.of("attraction.error.agreedPositive"));
        }
        switch (type) {
            case FRAMEWORK -> {
                if (state.agreement != null) {
                    throw new LeadRefused(StoredText.of(state.agreement == AgreementType.FRAMEWORK
                            ? "attraction.refused.frameworkSigned" : "attraction.refused.frameworkAfterContract"));
                }
            }
            case CONTRACT -> {
                if (state.agreement == AgreementType.CONTRACT) {
                    throw new LeadRefused(StoredText.of("attraction.refused.contractSigned"));
                }
            }
            case SUPPLEMENT -> {
                if (state.agreement == null) {
                    throw new LeadRefused(StoredText.of("attraction.refused.supplementFirst"));
                }
            }
        }
        LocalDate after = state.agreedOn != null ? state.agreedOn : state.found;
        check("signedOn", on, after, state.agreedOn != null ? "attraction.error.label.lastSigning" : "attraction.error.label.found", today);
        boolean counted = state.agreement == null;
        if (counted) {
            state.signed = on;
            if (state.negotiating == null || on.isBefore(state.negotiating)) {
                state.negotiating = on;
            }
            state.stage = LeadStage.SIGNED;
        }
        if (type != AgreementType.SUPPLEMENT) {
            state.agreement = type;
        }
        state.agreedInvestment = amount;
        state.agreedUsd = usd;
        state.agreedOn = on;
        progress(on);
        return new Signed(counted, amount);
    }

    void register(String companyCreditCode, LocalDate on, LocalDate today) {
        requireStage(LeadStage.SIGNED, LeadStage.REGISTERED);
        check("on", on, state.signed, "attraction.error.label.signed", today);
        state.companyCreditCode = companyCreditCode;
        state.registered = on;
        state.stage = LeadStage.REGISTERED;
        progress(on);
    }

    /** 开工: linked to its key project, which must already be under construction in the project pipeline. */
    void start(String projectCode, ProjectStage projectStage, LocalDate on, LocalDate today) {
        requireStage(LeadStage.REGISTERED, LeadStage.STARTED);
        requireProject(projectCode, projectStage, ProjectStage.CONSTRUCTION);
        check("on", on, state.registered, "attraction.error.label.registered", today);
        state.projectCode = projectCode;
        state.started = on;
        state.stage = LeadStage.STARTED;
        progress(on);
    }

    void produce(ProjectStage projectStage, LocalDate on, LocalDate today) {
        requireStage(LeadStage.STARTED, LeadStage.PRODUCING);
        requireProject(state.projectCode, projectStage, ProjectStage.OPERATING);
        check("on", on, state.started, "attraction.error.label.started", today);
        state.producing = on;
        state.stage = LeadStage.PRODUCING;
        progress(on);
    }

    void reachFullCapacity(ProjectStage projectStage, LocalDate on, LocalDate today) {
        requireStage(LeadStage.PRODUCING, LeadStage.FULL_CAPACITY);
        requireProject(state.projectCode, projectStage, ProjectStage.FULL_CAPACITY);
        check("on", on, state.producing, "attraction.error.label.producing", today);
        state.fullCapacity = on;
        state.stage = LeadStage.FULL_CAPACITY;
        progress(on);
    }

    /** 到位资金 reported by the officer, from the signing on. */
    void fundsArrived(BigDecimal amount, LocalDate on, LocalDate today) {
        requireActive();
        if (state.signed == null) {
            throw new LeadRefused(StoredText.of("attraction.refused.fundsBeforeSigning"));
        }
        if (amount == null || amount.signum() <= 0) {
            throw FieldErrors.of("amount", StoredText.of("attraction.error.fundsPositive"));
        }
        check("arrivedOn", on, state.signed, "attraction.error.label.signed", today);
        state.fundsInPlace = state.fundsInPlace.add(amount);
        progress(on);
    }

    /** Ends the lead (the investor withdrew); what it reached stays counted. Once started, the key project's pipeline follows it. */
    void drop(String reason, LocalDate on, LocalDate today) {
        requireActive();
        if (!state.stage.beforeConstruction()) {
            throw new LeadRefused(StoredText.of("attraction.refused.dropStarted"));
        }
        if (reason == null || reason.isBlank()) {
            throw FieldErrors.of("reason", StoredText.of("attraction.error.dropReasonMissing"));
        }
        check("on", on, state.lastProgressOn, "attraction.error.label.lastProgress", today);
        state.droppedOn = on;
        state.dropReason = reason.strip();
    }

    /** The day the lead counts as stalled unless it progresses; null when it cannot stall (dropped, or started). */
    LocalDate stalledFrom() {
        if (state.droppedOn != null || !state.stage.beforeConstruction()) {
            return null;
        }
        return state.lastProgressOn.plusDays(STALL_DAYS);
    }

    boolean stalledOn(LocalDate today) {
        LocalDate from = stalledFrom();
        return from != null && !today.isBefore(from);
    }

    /** The day the lead reached a stage, or null. */
    LocalDate reachedOn(LeadStage stage) {
        return switch (stage) {
            case LEAD -> state.found;
            case NEGOTIATING -> state.negotiating;
            case SIGNED -> state.signed;
            case REGISTERED -> state.registered;
            case STARTED -> state.started;
            case PRODUCING -> state.producing;
            case FULL_CAPACITY -> state.fullCapacity;
        };
    }

    private void progress(LocalDate on) {
        if (on.isAfter(state.lastProgressOn)) {
            state.lastProgressOn = on;
        }
    }

    private void requireActive() {
        if (state.droppedOn != null) {
            throw new LeadRefused(StoredText.of("attraction.refused.dropped", state.droppedOn));
        }
    }

    private void requireStage(LeadStage current, LeadStage next) {
        requireActive();
        if (state.stage != current) {
            throw new LeadRefused(state.stage.reached(next)
                    ? StoredText.of("attraction.refused.stageReached", stage(state.stage))
                    : StoredText.of("attraction.refused.stageOrder", stage(state.stage), stage(current), stage(next)));
        }
    }

    private static void requireProject(String code, ProjectStage projectStage, ProjectStage needed) {
        if (projectStage == null) {
            throw FieldErrors.of("projectCode", StoredText.of("attraction.error.projectUnknown", code));
        }
        if (projectStage.compareTo(needed) < 0) {
            throw new LeadRefused(StoredText.of("attraction.refused.projectNotYet", code,
                    StoredText.label("project.stage." + projectStage.name()), StoredText.label("attraction.refused.notYet." + (needed
                            == ProjectStage.CONSTRUCTION ? "started" : needed == ProjectStage.OPERATING ? "operating" : "fullCapacity"))));
        }
    }

    private static StoredText.Label stage(LeadStage stage) {
        return StoredText.label(stage.labelKey());
    }

    private static void check(String field, LocalDate on, LocalDate notBefore, String what, LocalDate today) {
        notAfterToday(field, on, today);
        if (notBefore != null && on.isBefore(notBefore)) {
            throw FieldErrors.of(field, StoredText.of("attraction.error.dateBefore", on, StoredText.label(what), notBefore));
        }
    }

    private static void notAfterToday(String field, LocalDate on, LocalDate today) {
        if (on == null) {
            throw FieldErrors.of(field, StoredText.of("attraction.error.dateMissing"));
        }
        if (on.isAfter(today)) {
            throw FieldErrors.of(field, StoredText.of("attraction.error.dateFuture", on));
        }
        if (!Years.contains(on.getYear())) {
            throw FieldErrors.of(field, StoredText.of("attraction.error.dateYear", on, Years.RANGE));
        }
    }

    void assigned(long newId) {
        id = newId;
    }

    void stored() {
        version++;
    }

    Long id() { return id; }
    int version() { return version; }
    Facts facts() { return facts; }
    LeadStage stage() { return state.stage; }
}
