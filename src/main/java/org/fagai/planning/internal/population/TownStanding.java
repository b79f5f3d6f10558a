package org.fagai.planning.internal.population;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A town against its target at a quarter (0: the year's end). Under a ceiling: the gap is actual − target (above the
 * ceiling: RED; within {@code yellowPercent}% of it: YELLOW), the ratio actual / target. Under a reduction: achieved =
 * last year-end − actual, completion = achieved / target against the time elapsed (quarter / 4): behind it YELLOW,
 * more than 25 points behind or growing RED.
 */
record TownStanding(String code, String name, long target, Long actual, Integer quarter, Long base, Long gap, BigDecimal ratio,
                    String colour, int rank) {

    static TownStanding of(PopulationKind kind, String code, String name, long target, Long actual, Integer quarter, Long base,
                           BigDecimal yellowPercent) {
        if (actual == null) {
            return new TownStanding(code, name, target, null, null, base, null, null, null, 0);
        }
        if (kind == PopulationKind.CEILING) {
            BigDecimal ratio = target == 0 ? null : BigDecimal.valueOf(actual * 100).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
            String colour = actual > target ? "RED" : ratio != null && ratio.compareTo(yellowPercent) >= 0 ? "YELLOW" : "GREEN";
            return new TownStanding(code, name, target, actual, quarter, base, actual - target, ratio, colour, 0);
        }
        if (base == null) {
            return new TownStanding(code, name, target, actual, quarter, null, null, null, null, 0);
        }
        long achieved = base - actual;
        BigDecimal completion = target == 0 ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(achieved * 100).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
        BigDecimal elapsed = BigDecimal.valueOf(quarter == 0 ? 100 : quarter * 25L);
        String colour = achieved < 0 || completion.compareTo(elapsed.subtract(BigDecimal.valueOf(25))) < 0 ? "RED"
                : completion.compareTo(elapsed) < 0 ? "YELLOW" : "GREEN";
        return new TownStanding(code, name, target, actual, quarter, base, target - achieved, completion, colour, 0);
    }

    TownStanding ranked(int rank) {
        return new TownStanding(code, name, target, actual, quarter, base, gap, ratio, colour, rank);
    }
}
