package org.fagai.energy.internal;

import java.math.BigDecimal;
import org.fagai.indicator.Warning;
import org.fagai.shared.ProgressBands;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The warning bands of energy targets (configurable as {@code fagai.energy.*}), the economic-monitoring defaults:
 * a decline below its target is yellow, more than {@code declineRedBelow} points below red; a cap used
 * {@code progressYellow}–{@code progressRed} points ahead of 序时进度 is yellow, further ahead (or over the cap) red;
 * a five-year target as many points behind its time progress likewise. 序时进度 is {@code shared.Period}'s.
 * The 序时进度 bands are the shared {@link ProgressBands}; the decline rule is energy's own (as economic monitoring's growth rule).
 *
 * @param opinionWarningDays days before an energy-review opinion lapses that its project is warned
 */
@ConfigurationProperties("fagai.energy")
record EnergySettings(@DefaultValue("2") BigDecimal declineRedBelow, @DefaultValue("10") BigDecimal progressYellow,
                      @DefaultValue("30") BigDecimal progressRed, @DefaultValue("false") boolean timeProgressByDays,
                      @DefaultValue("90") int opinionWarningDays, @DefaultValue("5") BigDecimal checkTolerance) {

    static EnergySettings defaults() {
        return new EnergySettings(BigDecimal.valueOf(2), BigDecimal.TEN, BigDecimal.valueOf(30), false, 90, BigDecimal.valueOf(5));
    }

    /** The 序时进度 bands of caps and five-year targets, the rule the key projects and economic monitoring follow. */
    ProgressBands progressBands() {
        return new ProgressBands(progressYellow, progressRed);
    }

    /** A decline against its target decline: met green, short by up to {@code declineRedBelow} points yellow, further red. */
    Warning declineWarning(BigDecimal achieved, BigDecimal target) {
        if (achieved == null || target == null) {
            return Warning.NONE;
        }
        BigDecimal gap = achieved.subtract(target);
        if (gap.signum() >= 0) {
            return Warning.GREEN;
        }
        return gap.negate().compareTo(declineRedBelow) > 0 ? Warning.RED : Warning.YELLOW;
    }

    /** A cap's share used (%) against 序时进度 (%): over the cap red, otherwise the bands on how far it runs ahead. */
    Warning capWarning(BigDecimal used, BigDecimal timeProgress) {
        if (used == null || timeProgress == null) {
            return Warning.NONE;
        }
        if (used.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Warning.RED;
        }
        return Warning.of(progressBands().judge(used.subtract(timeProgress)));
    }

    /** Completion (%) of a multi-year target against its time progress (%), by the bands on how far it is behind. */
    Warning behindWarning(BigDecimal completion, BigDecimal timeProgress) {
        if (completion == null || timeProgress == null) {
            return Warning.NONE;
        }
        return Warning.of(progressBands().judge(timeProgress.subtract(completion)));
    }
}
