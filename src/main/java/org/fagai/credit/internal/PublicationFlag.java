package org.fagai.credit.internal;

import java.time.LocalDate;
import org.fagai.shared.WorkCalendar;

/** Where a disclosure stands against its 7-working-day publication deadline. */
enum PublicationFlag {
    PUBLISHED, PENDING, DUE_SOON, OVERDUE;

    /** Working days a pending record counts as due soon: the due day itself and the two before it. */
    static final int DUE_SOON_WORKING_DAYS = 2;

    static PublicationFlag of(boolean published, LocalDate dueDate, LocalDate today, WorkCalendar calendar) {
        if (published) {
            return PUBLISHED;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).deadline().isBefore(dueDate) ? PENDING : DUE_SOON;
    }

    /** 双公示: published within 7 working days of the decision, the decision day not counted. */
    static LocalDate dueDate(LocalDate decisionDate, WorkCalendar calendar) {
        return calendar.addWorkingDays(decisionDate, 7).deadline();
    }

    public String labelKey() {
        return "disclosure.flag." + name();
    }
}
