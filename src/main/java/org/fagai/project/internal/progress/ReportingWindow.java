package org.fagai.project.internal.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.shared.StoredText;

/**
 * A month's progress is reported from the 1st to the N-th of the next month, then the month is locked; a staff
 * member may reopen it for one project until a given date.
 */
public record ReportingWindow(int windowDays) {

    boolean isOpen(YearMonth month, LocalDate today, LocalDate reopenedUntil) {
        if (reopenedUntil != null && !today.isAfter(reopenedUntil)) {
            return true;
        }
        LocalDate opens = month.plusMonths(1).atDay(1);
        return !today.isBefore(opens) && !today.isAfter(opens.plusDays(windowDays - 1L));
    }

    /** The reason a month cannot be reported today, a stored sentence. */
    String whyClosed(YearMonth month, LocalDate today) {
        LocalDate opens = month.plusMonths(1).atDay(1);
        if (today.isBefore(opens)) {
            return StoredText.of("project.error.progress.windowNotOpen", month, opens, opens.plusDays(windowDays - 1L));
        }
        return StoredText.of("project.error.progress.windowClosed", month, opens.plusDays(windowDays - 1L));
    }
}
