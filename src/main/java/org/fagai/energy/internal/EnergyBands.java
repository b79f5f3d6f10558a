package org.fagai.energy.internal;

import java.math.BigDecimal;
import org.fagai.indicator.Warning;
import org.springframework.stereotype.Component;

/** The warnings of energy targets from {@link EnergySettings}'s bands (the economic-monitoring rules' shape). */
@Component
class EnergyBands {

    private final EnergySettings settings;

    EnergyBands(EnergySettings settings) {
        this.settings = settings;
    }

    /** A decline against its target decline: met green, short by up to the red band yellow, further red. */
    Warning decline(BigDecimal achieved, BigDecimal target) {
        if (achieved == null || target == null) {
            return Warning.NONE;
        }
        BigDecimal gap = achieved.subtract(target);
        if (gap.signum() >= 0) {
            return Warning.GREEN;
        }
        return gap.negate().compareTo(settings.declineRedBelow()) > 0 ? Warning.RED : Warning.YELLOW;
    }

    /** A cap's share used (%) against 序时进度 (%): ahead by the yellow band or more yellow, beyond the red band or over the cap red. */
    Warning cap(BigDecimal used, BigDecimal timeProgress) {
        if (used == null || timeProgress == null) {
            return Warning.NONE;
        }
        if (used.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Warning.RED;
        }
        return bands(used.subtract(timeProgress));
    }

    /** Completion (%) of a multi-year target against its time progress (%): behind by the yellow band or more yellow, further red. */
    Warning behind(BigDecimal completion, BigDecimal timeProgress) {
        if (completion == null || timeProgress == null) {
            return Warning.NONE;
        }
        return bands(timeProgress.subtract(completion));
    }

    private Warning bands(BigDecimal points) {
        if (points.compareTo(settings.progressRed()) > 0) {
            return Warning.RED;
        }
        return points.compareTo(settings.progressYellow()) >= 0 ? Warning.YELLOW : Warning.GREEN;
    }
}
