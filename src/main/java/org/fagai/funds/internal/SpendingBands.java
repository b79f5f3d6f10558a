package org.fagai.funds.internal;

import java.math.BigDecimal;
import org.fagai.project.WarningColour;
import org.fagai.shared.StoredText;

/**
 * 支出进度 warning bands (table {@code funds_setting}): behind 序时进度 by {@code yellowGap}–{@code redGap} points yellow,
 * more than {@code redGap} red — the key-project rule's defaults 10/30; funds without spending for {@code idleMonths}
 * months are idle. NOTE: the project module keeps its own copy of these bands (project.internal.WarningThresholds, not
 * part of its API); when the shared definition being consolidated lands, read the bands from there instead.
 */
record SpendingBands(BigDecimal yellowGap, BigDecimal redGap, int idleMonths) {

    static final SpendingBands DEFAULTS = new SpendingBands(BigDecimal.TEN, BigDecimal.valueOf(30), 3);

    SpendingBands {
        if (yellowGap.signum() < 0 || redGap.compareTo(yellowGap) <= 0 || idleMonths < 1) {
            throw new IllegalArgumentException(StoredText.of("funds.error.bands"));
        }
    }

    WarningColour colourFor(BigDecimal gapPoints) {
        if (gapPoints.compareTo(redGap) > 0) {
            return WarningColour.RED;
        }
        return gapPoints.compareTo(yellowGap) >= 0 ? WarningColour.YELLOW : WarningColour.GREEN;
    }
}
