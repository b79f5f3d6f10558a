package org.fagai.indicator;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/**
 * A cumulative value to record: the period as officials write it ("2023-06", "2023年1-6月", "2023年1-2月",
 * "2023Q2", "2023年上半年"), the value in the indicator's unit, and the growth the statistics bureau reported (%).
 */
public record ValueCommand(@MaxLength(40) String indicatorCode, @MaxLength(9) String regionCode, @MaxLength(30) String period,
                           BigDecimal value,
                           BigDecimal reportedGrowth) {
}
