package org.fagai.planning;

import java.math.BigDecimal;

/**
 * One plan indicator judged at a year. {@code target} is as the plan states it (a level, an average annual growth in %,
 * or a change in % over the plan); {@code targetValue} the level it means at the target year; {@code pathValue} the
 * level expected at {@code actualYear} on the path; {@code actual} the level reached then (a growth target's actual is
 * the base chained with the yearly growths); {@code achievedRate} the average annual growth (growth targets) or the
 * change since the base year in % (change targets), null for level targets; {@code colour} RED for a binding indicator
 * behind its path, YELLOW for an indicative one, GREEN otherwise, null without data.
 */
public record IndicatorProgress(String code, String name, String group, boolean binding, String unit, String targetKind,
                                BigDecimal target, BigDecimal baseValue, BigDecimal targetValue, Integer actualYear,
                                BigDecimal actual, BigDecimal pathValue, BigDecimal achievedRate, BigDecimal expectedRate,
                                ProgressStatus status, String colour) {
}
