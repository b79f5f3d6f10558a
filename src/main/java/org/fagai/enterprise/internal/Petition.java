package org.fagai.enterprise.internal;

import java.time.LocalDate;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.WorkCalendar;

/**
 * A 信访 case and its rules: received with its accept-or-not due date; accepted (with its answer due date) or not
 * accepted (with the reason); extended once by at most 30 days; answered. Dates by {@link PetitionLimits}.
 */
final class Petition {

    final long id;
    PetitionState state;
    final LocalDate receivedOn;
    LocalDate acceptDue;
    LocalDate acceptedOn;
    String refusalReason;
    LocalDate answerDue;
    Integer extensionDays;
    String extensionReason;
    LocalDate answeredOn;
    String answer;
    Long itemId;
    int version;

    Petition(long id, PetitionState state, LocalDate receivedOn) {
        this.id = id;
        this.state = state;
        this.receivedOn = receivedOn;
    }

    void accept(LocalDate on, WorkCalendar calendar) {
        requireState(PetitionState.RECEIVED, "只有待受理的信访件可以受理");
        requireNotBefore(on, receivedOn, "受理日期不能早于收到日期");
        acceptedOn = on;
        answerDue = PetitionLimits.REGULATION.answerDue(on, 0, calendar);
        state = PetitionState.ACCEPTED;
    }

    void refuse(LocalDate on, String reason) {
        requireState(PetitionState.RECEIVED, "只有待受理的信访件可以不予受理");
        requireNotBefore(on, receivedOn, "不予受理日期不能早于收到日期");
        acceptedOn = on;
        refusalReason = reason;
        state = PetitionState.NOT_ACCEPTED;
    }

    void extend(int days, String reason, WorkCalendar calendar) {
        requireState(PetitionState.ACCEPTED, "只有已受理、未答复的信访件可以延期");
        if (extensionDays != null) {
            throw new ConflictException("days", "信访件只能延期一次");
        }
        if (days < 1) {
            throw FieldErrors.of("days", "延长期限须在 1–" + PetitionLimits.REGULATION.maxExtensionDays() + " 日之间：" + days);
        }
        answerDue = PetitionLimits.REGULATION.answerDue(acceptedOn, days, calendar);
        extensionDays = days;
        extensionReason = reason;
    }

    void answer(String text, LocalDate on) {
        requireState(PetitionState.ACCEPTED, "只有已受理的信访件可以答复");
        requireNotBefore(on, acceptedOn, "答复日期不能早于受理日期");
        answer = text;
        answeredOn = on;
        state = PetitionState.ANSWERED;
    }

    /** Accepted within its limit; answered within its limit (null while open). */
    Boolean answeredOnTime() {
        return answeredOn == null ? null : !answeredOn.isAfter(answerDue);
    }

    boolean acceptedOnTime() {
        return acceptedOn != null && !acceptedOn.isAfter(acceptDue);
    }

    private void requireState(PetitionState expected, String message) {
        if (state != expected) {
            throw new ConflictException("state", message);
        }
    }

    private static void requireNotBefore(LocalDate on, LocalDate start, String message) {
        if (on == null || on.isBefore(start)) {
            throw FieldErrors.of("on", message);
        }
    }
}
