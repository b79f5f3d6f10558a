package org.fagai.enterprise.internal;

import java.time.LocalDate;

/** A 信访 case as the API shows it, with whether each limit was kept. */
record PetitionView(long id, String petitioner, String creditCode, String regionCode, String content, PetitionState state,
                    LocalDate receivedOn, LocalDate acceptDue, LocalDate acceptedOn, Boolean acceptedOnTime,
                    String refusalReason, LocalDate answerDue, Integer extensionDays, String extensionReason,
                    LocalDate answeredOn, Boolean answeredOnTime, String answer, Long itemId) {
}
