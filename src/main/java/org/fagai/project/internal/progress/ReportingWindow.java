package org.fagai.project.internal.progress;

import java.time.LocalDate;
import java.time.YearMonth;

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

    /** The Chinese reason a month cannot be reported today. */
    String whyClosed(YearMonth month, LocalDate today) {
        LocalDate opens = month.plusMonths(1).atDay(1);
        if (today.isBefore(opens)) {
            return month + " 的进度须在 " + opens + " 至 " + opens.plusDays(windowDays - 1L) + " 之间填报";
        }
        return month + " 的填报期已于 " + opens.plusDays(windowDays - 1L) + " 截止，月份已锁定；如需补报请联系科室重新开放";
    }
}
