package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.Warning;
import org.fagai.shared.Percent;
import org.fagai.shared.Period;
import org.fagai.shared.ProgressBands;
import org.fagai.shared.Ranking;

/** The computations of economic monitoring: growth, gaps, completion, warnings and rankings. */
final class IndicatorMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorSettings settings;
    private final ProgressBands progressBands;

    IndicatorMath(IndicatorSettings settings) {
        this.settings = settings;
        this.progressBands = settings.progressBands();
    }

    /** 同比 growth in percent, one decimal (HALF_UP); null without a positive last-year value. */
    static BigDecimal growth(BigDecimal current, BigDecimal lastYear) {
        if (current == null || lastYear == null || lastYear.signum() <= 0) {
            return null;
        }
        return current.subtract(lastYear).multiply(HUNDRED).divide(lastYear, 1, RoundingMode.HALF_UP);
    }

    /** Growth minus target, percentage points, one decimal. */
    static BigDecimal gap(BigDecimal growth, BigDecimal target) {
        if (growth == null || target == null) {
            return null;
        }
        return growth.subtract(target).setScale(1, RoundingMode.HALF_UP);
    }

    /** Value / absolute target in percent, one decimal. */
    static BigDecimal completion(BigDecimal value, BigDecimal absoluteTarget) {
        return Percent.of(value, absoluteTarget);
    }

    /** 序时进度 of a period in percent, one decimal (end of June = 50.0), by months or, when configured, by days. */
    BigDecimal timeProgress(Period period) {
        return settings.timeProgressByDays() ? period.timeProgressPercentByDays() : period.timeProgressPercent();
    }

    /** Green at or above target; yellow below it; red more than {@code growthRedBelow} points below. */
    Warning growthWarning(BigDecimal gap) {
        if (gap == null) {
            return Warning.NONE;
        }
        if (gap.signum() >= 0) {
            return Warning.GREEN;
        }
        return gap.negate().compareTo(settings.growthRedBelow()) > 0 ? Warning.RED : Warning.YELLOW;
    }

    /** Completion against 序时进度, judged by the key projects' bands ({@link ProgressBands}). */
    Warning progressWarning(BigDecimal completion, BigDecimal timeProgress) {
        if (completion == null || timeProgress == null) {
            return Warning.NONE;
        }
        return Warning.of(progressBands.judge(timeProgress.subtract(completion)));
    }

    /**
     * The 同比 shown: the bureau's reported growth whenever there is one (one decimal); for an indicator whose growth is
     * computed from levels, the computed one (labelled 测算, see {@link #isEstimated}); a REPORTED indicator without a
     * reported growth shows none: its comparable-basis growth cannot be derived from two levels.
     */
    static BigDecimal shownGrowth(GrowthSource source, BigDecimal reported, BigDecimal computed) {
        if (reported != null) {
            return reported.setScale(1, RoundingMode.HALF_UP);
        }
        return source == GrowthSource.COMPUTED ? computed : null;
    }

    /** A shown growth that the bureau did not report is the platform's own estimate: 测算. */
    static boolean isEstimated(BigDecimal reported, BigDecimal shown) {
        return reported == null && shown != null;
    }

    /**
     * Flags a reported growth far from the one computed from levels, only where such a comparison means something:
     * the indicator is declared level-comparable (its growth is not on a 可比价/可比口径 basis) and both figures exist.
     */
    boolean growthDiffers(boolean levelComparable, BigDecimal reported, BigDecimal computed) {
        return levelComparable && reported != null && computed != null
                && reported.subtract(computed).abs().compareTo(settings.growthDifferenceFlag()) > 0;
    }

    /**
     * Ranks by growth, fastest first; equal growths share a rank and the next rank skips (1, 2, 2, 4).
     * Entries without growth get no rank.
     */
    static Map<String, Integer> rank(Map<String, BigDecimal> growthByRegion) {
        Map<String, Integer> ranks = new HashMap<>();
        Ranking.highestFirst(growthByRegion.keySet(), growthByRegion::get, Comparator.naturalOrder())
                .forEach(r -> ranks.put(r.item(), r.rank()));
        return ranks;
    }
}
