package org.fagai.enterprise.internal;

import java.time.LocalDate;
import org.fagai.shared.ConflictException;
import org.fagai.shared.StoredText;
import org.fagai.shared.WorkCalendar;

/**
 * A demand (诉求) and its rules: routed once onto the 督办 loop; responded in time when its item is signed within one
 * working day of routing (the day of routing not counted); answered by the department (or by closing its item); a
 * return visit only after an answer; 不满意 reopens it once (重办) with a new deadline, otherwise the visit closes it.
 */
final class Demand {

    final long id;
    final String creditCode;
    final String regionCode;
    final DemandCategory category;
    final String content;
    final Urgency urgency;
    DemandState state;
    Long departmentId;
    Long leadPersonId;
    Integer workingDays;
    LocalDate routedOn;
    LocalDate deadline;
    Long itemId;
    LocalDate signedOn;
    Boolean respondedInTime;
    String answer;
    LocalDate answeredOn;
    boolean reopened;
    Satisfaction firstSatisfaction;
    Satisfaction satisfaction;
    Boolean resolved;
    String returnNote;
    LocalDate returnVisitedOn;
    LocalDate closedOn;
    int version;

    Demand(long id, String creditCode, String regionCode, DemandCategory category, String content, Urgency urgency,
           DemandState state) {
        this.id = id;
        this.creditCode = creditCode;
        this.regionCode = regionCode;
        this.category = category;
        this.content = content;
        this.urgency = urgency;
        this.state = state;
    }

    /** Put on the loop: the item, the department and person, the limit and the deadline it was given. */
    void route(long item, long department, long person, int days, LocalDate on, LocalDate due) {
        if (state != DemandState.SUBMITTED) {
            throw new ConflictException("state", StoredText.of("enterprise.error.demandRouted"));
        }
        itemId = item;
        departmentId = department;
        leadPersonId = person;
        workingDays = days;
        routedOn = on;
        deadline = due;
        state = DemandState.ROUTED;
    }

    /** The item was signed: the first signing of the first routing decides the 响应 (signed within 1 working day). */
    boolean signed(long item, LocalDate on, WorkCalendar calendar) {
        if (itemId == null || itemId != item || signedOn != null || routedOn == null) {
            return false;
        }
        signedOn = on;
        respondedInTime = !on.isAfter(calendar.addWorkingDays(routedOn, 1).deadline());
        return true;
    }

    void answer(String text, LocalDate on) {
        if (!state.handling()) {
            throw new ConflictException("state", StoredText.of("enterprise.error.demandAnswerState"));
        }
        answer = text;
        answeredOn = on;
        state = DemandState.ANSWERED;
    }

    /** The item was verified on the loop: without an answer yet, its result is the answer. */
    boolean itemClosed(long item, String result, LocalDate on) {
        if (itemId == null || itemId != item || !state.handling()) {
            return false;
        }
        answer(result == null || result.isBlank() ? "（督办事项已办结）" : result, on);
        return true;
    }

    /** The item was withdrawn: the demand waits to be routed again (a reopened one keeps its single reopening used). */
    boolean itemCancelled(long item) {
        if (itemId == null || itemId != item || !state.handling()) {
            return false;
        }
        state = DemandState.SUBMITTED;
        itemId = null;
        return true;
    }

    /**
     * Records the return visit. Returns true when it reopens the demand (不满意, first time): the caller puts a new item
     * on the loop with {@link #reroute}. Otherwise the demand is closed.
     */
    boolean returnVisit(Satisfaction rating, Boolean resolvedAnswer, String note, LocalDate on) {
        if (state != DemandState.ANSWERED) {
            throw new ConflictException("state", StoredText.of(state == DemandState.CLOSED ? "enterprise.error.demandClosed" : "enterprise.error.demandNotAnswered"));
        }
        returnNote = note;
        returnVisitedOn = on;
        if (rating == Satisfaction.UNSATISFIED && !reopened) {
            reopened = true;
            firstSatisfaction = rating;
            state = DemandState.REOPENED;
            return true;
        }
        if (firstSatisfaction == null) {
            firstSatisfaction = rating;
        }
        satisfaction = rating;
        resolved = resolvedAnswer != null ? resolvedAnswer : rating.satisfied();
        closedOn = on;
        state = DemandState.CLOSED;
        return false;
    }

    /** The reopened demand's new item and deadline (重办). */
    void reroute(long item, LocalDate on, LocalDate due) {
        if (state != DemandState.REOPENED) {
            throw new ConflictException("state", StoredText.of("enterprise.error.demandReassignState"));
        }
        itemId = item;
        routedOn = routedOn == null ? on : routedOn;
        deadline = due;
    }

    boolean overdue(LocalDate today) {
        return state.handling() && deadline != null && today.isAfter(deadline);
    }
}
