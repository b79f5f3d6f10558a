package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.fagai.project.WarningColour;
import org.fagai.shared.Period;

/**
 * The spending of allocated funds judged at the end of a month: 支出进度 (spent ÷ allocated) against 序时进度 of the
 * funds' year ({@link Period#timeProgress()}: months elapsed ÷ 12; before the year 0, after it 100%), and whether the
 * money that reached the project has lain idle.
 */
record SpendingProgress(YearMonth month, BigDecimal spendingPercent, BigDecimal timePercent, BigDecimal gapPoints,
                        WarningColour colour, boolean idle) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param lastActivity the later of the month the funds arrived and the last month with spending; null if none arrived
     */
    static SpendingProgress judge(int fundsYear, BigDecimal allocated, BigDecimal disbursed, BigDecimal spent,
                                  YearMonth lastActivity, YearMonth month, SpendingBands bands) {
        BigDecimal spending = allocated.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : spent.multiply(HUNDRED).divide(allocated, 1, RoundingMode.HALF_UP);
        BigDecimal time = timeProgress(fundsYear, month).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        BigDecimal gap = time.subtract(spending);
        boolean idle = lastActivity != null && disbursed.compareTo(spent) > 0
                && ChronoUnit.MONTHS.between(lastActivity, month) >= bands.idleMonths();
        return new SpendingProgress(month, spending, time, gap, bands.colourFor(gap), idle);
    }

    private static BigDecimal timeProgress(int fundsYear, YearMonth month) {
        if (month.getYear() < fundsYear) {
            return BigDecimal.ZERO;
        }
        if (month.getYear() > fundsYear) {
            return BigDecimal.ONE;
        }
        return Period.monthly(fundsYear, month.getMonthValue()).timeProgress();
    }
}
