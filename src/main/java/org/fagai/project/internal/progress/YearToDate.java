package org.fagai.project.internal.progress;

import java.math.BigDecimal;

/**
 * 年初至今累计: a project's investment completed from January up to a month, the running sum of its months' current
 * reports; a month without a report adds nothing. Warnings store it, lists and dashboards read what they stored, and the
 * project page's history runs it over the reported months.
 */
public final class YearToDate {

    private BigDecimal sum;

    private YearToDate(BigDecimal before) {
        this.sum = before;
    }

    /** From January. */
    public static YearToDate fromJanuary() {
        return new YearToDate(BigDecimal.ZERO);
    }

    /** Going on from the figure already reached at the end of an earlier month of the same year. */
    public static YearToDate continuing(BigDecimal reached) {
        return new YearToDate(reached);
    }

    /** Adds the next month's completed investment (null: not reported) and returns the figure at its end. */
    public BigDecimal add(BigDecimal month) {
        if (month != null) {
            sum = sum.add(month);
        }
        return sum;
    }
}
