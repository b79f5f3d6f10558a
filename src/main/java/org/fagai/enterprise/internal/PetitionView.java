package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A 信访 case as the API and pages show it, with whether each limit was kept (helpers public for the templates). */
record PetitionView(long id, String petitioner, String creditCode, String enterpriseName, String regionCode,
                    String regionName, String content, PetitionState state, LocalDate receivedOn, LocalDate acceptDue,
                    LocalDate acceptedOn, Boolean acceptedOnTime, String refusalReason, LocalDate answerDue,
                    Integer extensionDays, String extensionReason, LocalDate answeredOn, Boolean answeredOnTime, String answer,
                    Long itemId, String createdBy) {

    /** Calendar days left to decide whether to accept (negative once overdue); null once decided. */
    public Long acceptDaysLeft(LocalDate today) {
        return state == PetitionState.RECEIVED ? ChronoUnit.DAYS.between(today, acceptDue) : null;
    }

    /** Calendar days left to answer (negative once overdue); null unless accepted and not yet answered. */
    public Long answerDaysLeft(LocalDate today) {
        return state == PetitionState.ACCEPTED ? ChronoUnit.DAYS.between(today, answerDue) : null;
    }

    /** Whether the open step is past its limit today. */
    public boolean overdue(LocalDate today) {
        Long left = state == PetitionState.RECEIVED ? acceptDaysLeft(today) : answerDaysLeft(today);
        return left != null && left < 0;
    }

    public boolean mayExtend() {
        return state == PetitionState.ACCEPTED && extensionDays == null;
    }
}
