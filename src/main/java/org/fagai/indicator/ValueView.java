package org.fagai.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A stored cumulative value with its 同比 growth: the reported one when there is one, else computed from last
 * year's same period; {@code growthDiffers} flags a reported growth far from the computed one.
 */
public record ValueView(String indicatorCode, String indicatorName, Unit unit, String regionCode, String regionName,
                        int year, int toMonth, String periodLabel, BigDecimal value, BigDecimal lastYearValue,
                        BigDecimal growth, BigDecimal reportedGrowth, BigDecimal computedGrowth, boolean growthDiffers,
                        String updatedBy, OffsetDateTime updatedAt) {
}
