package org.fagai.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 双公示 of a region in figures (licences and penalties together), for the cockpit and the work summary. */
public interface DisclosureFigures {

    /**
     * Records decided between two dates: how many, published, published by their due date; and today's unpublished
     * records still due and already overdue. Checks that the signed-in user may see the region.
     */
    Figures figures(LocalDate from, LocalDate to, String regionCode);

    /** @param onTimeRate published by the due date ÷ decided, %; null when none */
    record Figures(LocalDate from, LocalDate to, String regionCode, long decided, long published, long publishedOnTime,
                   BigDecimal onTimeRate, long dueNow, long overdueNow) {
    }
}
