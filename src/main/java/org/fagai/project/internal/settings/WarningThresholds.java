package org.fagai.project.internal.settings;

import java.math.BigDecimal;
import org.fagai.shared.ProgressBands;
import org.fagai.shared.StoredText;

/**
 * The configurable thresholds of the 红黄绿灯 rules; defaults from a real city rule (DOMAIN.md): 10–30 points
 * behind time progress yellow, more than 30 red; red 3 months after a missed start; not 入库 one month after
 * starting yellow, two months red. Progress reports are open from the 1st to the {@code reportWindowDays}-th.
 */
public record WarningThresholds(BigDecimal yellowGapPoints, BigDecimal redGapPoints, int lateStartRedMonths,
                         int unregisteredYellowMonths, int unregisteredRedMonths, int reportWindowDays) {

    public static final WarningThresholds DEFAULTS = new WarningThresholds(ProgressBands.DEFAULT.yellowBehind(),
            ProgressBands.DEFAULT.redBehind(), 3, 1, 2, 5);

    public WarningThresholds {
        new ProgressBands(yellowGapPoints, redGapPoints);   // refuses bands that are not bands
        if (lateStartRedMonths < 1 || unregisteredYellowMonths < 1 || unregisteredRedMonths <= unregisteredYellowMonths) {
            throw new IllegalArgumentException(StoredText.of("project.error.settings.months"));
        }
        if (reportWindowDays < 1 || reportWindowDays > 28) {
            throw new IllegalArgumentException(StoredText.of("project.error.settings.window"));
        }
    }

    /** The 序时进度 bands of the progress rule. */
    public ProgressBands progressBands() {
        return new ProgressBands(yellowGapPoints, redGapPoints);
    }
}
