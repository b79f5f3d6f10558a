package org.fagai.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A stored cumulative value with its 同比 growth: the reported one when there is one, else computed from last
 * year's same period (only for an indicator whose growth is COMPUTED; then {@code growthEstimated}, shown as 测算);
 * {@code growthDiffers} flags a reported growth far from the computed one for a level-comparable indicator.
 */
public record ValueView(String indicatorCode, String indicatorName, Unit unit, String regionCode, String regionName,
                        int year, int toMonth, String periodLabel, BigDecimal value, BigDecimal lastYearValue,
                        BigDecimal growth, BigDecimal reportedGrowth, BigDecimal computedGrowth, boolean growthDiffers,
                        boolean growthEstimated,
                        String updatedBy, OffsetDateTime updatedAt) {

    /** This value under another indicator name (the reader's language). */
    public ValueView named(String shown) {
        return new ValueView(indicatorCode, shown, unit, regionCode, regionName, year, toMonth, periodLabel, value, lastYearValue,
                growth, reportedGrowth, computedGrowth, growthDiffers, growthEstimated, updatedBy, updatedAt);
    }

}
