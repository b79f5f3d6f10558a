package org.fagai.indicator;

import java.math.BigDecimal;

/**
 * One indicator of a region in a period: the cumulative value, 同比 growth, growth target and gap in percentage
 * points; absolute target with completion % against 序时进度; the warning (the worse of both) and the rank
 * among the districts (1 = fastest growth; ties share a rank).
 *
 * @param unit           the unit label (亿元, 万元, %, 元)
 * @param period         the indicator's own period shown, e.g. 2023年全年 for GDP at 2023-12; null without data
 * @param target         the growth target, %
 * @param gap            growth minus growth target, percentage points (or, without a growth target,
 *                       completion minus 序时进度)
 * @param completion     value / absolute target, %
 * @param timeProgress   序时进度, %
 * @param progressGap    completion minus time progress, percentage points
 * @param rankOf         how many districts were ranked
 * @param growthEstimated the growth was computed from levels by the platform (测算), not reported by the bureau
 */
public record OverviewLine(String code, String name, String unit, String period, BigDecimal value,
                           BigDecimal growth, BigDecimal target, BigDecimal gap, Warning warning, Integer rank,
                           Integer rankOf, BigDecimal absoluteTarget, BigDecimal completion, BigDecimal timeProgress,
                           BigDecimal progressGap, Warning growthWarning, Warning progressWarning,
                           boolean growthDiffers, Unit unitKind, boolean growthOnly, boolean inBrief,
                           String briefVerb, boolean growthEstimated) {

    /** This line under another name (the reader's language). */
    public OverviewLine named(String shown) {
        return shown(shown, unit, period);
    }

    /** This line with its name, unit label and period as a reader of another language reads them (an API's answer). */
    public OverviewLine shown(String shownName, String shownUnit, String shownPeriod) {
        return new OverviewLine(code, shownName, shownUnit, shownPeriod, value, growth, target, gap, warning, rank, rankOf, absoluteTarget,
                completion, timeProgress, progressGap, growthWarning, progressWarning, growthDiffers, unitKind, growthOnly, inBrief,
                briefVerb, growthEstimated);
    }

    public boolean hasData() {
        return value != null || growth != null;
    }
}
