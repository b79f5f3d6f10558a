package org.fagai.enterprise.internal;

import java.time.LocalDate;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
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
        requireState(PetitionState.RECEIVED, StoredText.of("enterprise.error.petitionAcceptState"));
        requireNotBefore(on, receivedOn, StoredText.of("enterprise.error.petitionAcceptedBeforeReceived"));
        acceptedOn = on;
        answerDue = PetitionLimits.REGULATION.answerDue(on, 0, calendar);
        state = PetitionState.ACCEPTED;
    }

    void refuse(LocalDate on, String reason) {
        requireState(PetitionState.RECEIVED, StoredText.of("enterprise.error.petitionRefuseState"));
        requireNotBefore(on, receivedOn, StoredText.of("enterprise.error.petitionRefusedBeforeReceived"));
        acceptedOn = on;
        refusalReason = reason;
        state = PetitionState.NOT_ACCEPTED;
    }

    void extend(int days, String reason, WorkCalendar calendar) {
        requireState(PetitionState.ACCEPTED, StoredText.of("enterprise.error.petitionExtendState"));
        if (extensionDays != null) {
            throw new ConflictException("days", StoredText.of("enterprise.error.petitionExtendedOnce"));
        }
        if (days < 1) {
            throw FieldErrors.of("days", StoredText.of("enterprise.error.petitionExtensionDays", PetitionLimits.REGULATION.maxExtensionDays(), days));
        }
        answerDue = PetitionLimits.REGULATION.answerDue(acceptedOn, days, calendar);
        extensionDays = days;
        extensionReason = reason;
    }

    void answer(String text, LocalDate on) {
        requireState(PetitionState.ACCEPTED, StoredText.of("enterprise.error.petitionAnswerState"));
        requireNotBefore(on, acceptedOn, StoredText.of("enterprise.error.petitionAnsweredBeforeAccepted"));
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
