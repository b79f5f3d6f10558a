package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.Warning;
import org.fagai.shared.Period;

/** The computations of economic monitoring: growth, gaps, completion, warnings and rankings. */
final class IndicatorMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorSettings settings;

    IndicatorMath(IndicatorSettings settings) {
        this.settings = settings;
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
        if (value == null || absoluteTarget == null || absoluteTarget.signum() <= 0) {
            return null;
        }
        return value.multiply(HUNDRED).divide(absoluteTarget, 1, RoundingMode.HALF_UP);
    }

    /** 序时进度 of a period in percent, one decimal (end of June = 50.0). */
    BigDecimal timeProgress(Period period) {
        BigDecimal share = settings.timeProgressByDays() ? period.timeProgressByDays() : period.timeProgress();
        return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
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

    /**
     * Completion against 序时进度, with the key projects' bands: less than 10 points behind green, 10–30 behind
     * yellow, more than 30 behind red.
     */
    Warning progressWarning(BigDecimal completion, BigDecimal timeProgress) {
        if (completion == null || timeProgress == null) {
            return Warning.NONE;
        }
        BigDecimal behind = timeProgress.subtract(completion);
        if (behind.compareTo(settings.progressRedBehind()) > 0) {
            return Warning.RED;
        }
        return behind.compareTo(settings.progressYellowBehind()) >= 0 ? Warning.YELLOW : Warning.GREEN;
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
        List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>();
        growthByRegion.forEach((region, growth) -> {
            if (growth != null) {
                ranked.add(Map.entry(region, growth));
            }
        });
        ranked.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && ranked.get(i).getValue().compareTo(ranked.get(i - 1).getValue()) == 0;
            ranks.put(ranked.get(i).getKey(), tie ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
