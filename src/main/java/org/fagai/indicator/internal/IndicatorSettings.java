package org.fagai.indicator.internal;

import java.math.BigDecimal;
import org.fagai.shared.ProgressBands;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Warning thresholds of economic monitoring, in percentage points (configurable as {@code fagai.indicator.*}).
 *
 * @param growthRedBelow        a growth more than this many points below its target is red (default 2);
 *                              any shortfall is yellow
 * @param progressYellowBehind  completion this many points or more behind 序时进度 is yellow (default 10)
 * @param progressRedBehind     completion more than this many points behind is red (default 30)
 * @param growthDifferenceFlag  a reported growth differing from the computed one by more than this is flagged
 * @param timeProgressByDays    序时进度 by days elapsed instead of months elapsed / 12
 */
@ConfigurationProperties("fagai.indicator")
record IndicatorSettings(@DefaultValue("2") BigDecimal growthRedBelow,
                         @DefaultValue("10") BigDecimal progressYellowBehind,
                         @DefaultValue("30") BigDecimal progressRedBehind,
                         @DefaultValue("2") BigDecimal growthDifferenceFlag,
                         @DefaultValue("false") boolean timeProgressByDays) {

    static IndicatorSettings defaults() {
        return new IndicatorSettings(BigDecimal.valueOf(2), ProgressBands.DEFAULT.yellowBehind(), ProgressBands.DEFAULT.redBehind(),
                BigDecimal.valueOf(2), false);
    }

    /** The 序时进度 bands, the same rule the key projects' warnings follow. */
    ProgressBands progressBands() {
        return new ProgressBands(progressYellowBehind, progressRedBehind);
    }
}
