package org.fagai.energy.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The warning bands of energy targets (configurable as {@code fagai.energy.*}), the economic-monitoring defaults:
 * a decline below its target is yellow, more than {@code declineRedBelow} points below red; a cap used
 * {@code progressYellow}–{@code progressRed} points ahead of 序时进度 is yellow, further ahead (or over the cap) red;
 * a five-year target as many points behind its time progress likewise. 序时进度 is {@code shared.Period}'s.
 * Note: these bands repeat economic monitoring's; they move to the shared definition (ProgressBands) once it is on main.
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
}
