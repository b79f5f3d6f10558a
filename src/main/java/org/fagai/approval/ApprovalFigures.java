package org.fagai.approval;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Approvals of a region in figures, for the cockpit and the work summary. */
public interface ApprovalFigures {

    /**
     * Applications decided between two dates (approved or rejected) with how many within their limit, and the open ones
     * whose stored clock is in warning or overdue now; checks that the signed-in user may see the region.
     */
    Figures figures(LocalDate from, LocalDate to, String regionCode);

    /** @param onTimeRate decided on time ÷ decided, %; null when none was decided */
    record Figures(LocalDate from, LocalDate to, String regionCode, long received, long decided, long onTime,
                   BigDecimal onTimeRate, long warningNow, long overdueNow) {
    }
}
