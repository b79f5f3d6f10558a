package org.fagai.enterprise.internal;

import java.time.LocalDate;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.WorkCalendar;

/**
 * The time limits of the 《信访工作条例》 in calendar days, the start day not counted: decide whether to accept within 15
 * days of receipt, answer within 60 days of acceptance, extendable once by at most 30 days. A period whose last day is
 * a public holiday or rest day ends on the next working day (the general rule for statutory periods).
 */
record PetitionLimits(int acceptDays, int answerDays, int maxExtensionDays) {

    static final PetitionLimits REGULATION = new PetitionLimits(15, 60, 30);

    LocalDate acceptDue(LocalDate received, WorkCalendar calendar) {
        return lastDay(received.plusDays(acceptDays), calendar);
    }

    LocalDate answerDue(LocalDate accepted, int extensionDays, WorkCalendar calendar) {
        if (extensionDays < 0 || extensionDays > maxExtensionDays) {
            throw FieldErrors.of("days", StoredText.of("enterprise.error.petitionExtensionDays", maxExtensionDays, extensionDays));
        }
        return lastDay(accepted.plusDays(answerDays + extensionDays), calendar);
    }

    /** A period's last day, moved past holidays and rest days to the next working day. */
    static LocalDate lastDay(LocalDate day, WorkCalendar calendar) {
        LocalDate end = day;
        while (!calendar.isWorkday(end)) {
            end = end.plusDays(1);
        }
        return end;
    }
}
