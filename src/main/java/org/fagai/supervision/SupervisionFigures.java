package org.fagai.supervision;

import java.math.BigDecimal;

/** The 督办 loop of a region in figures, for the cockpit and the work summary. */
public interface SupervisionFigures {

    /**
     * The items of a year's plan led in the region (cancelled ones left out): by stored colour while open, closed and
     * closed on time; and the year's problem lists with the problems and measures in the region. Checks that the
     * signed-in user may see the region.
     */
    Figures figures(int year, String regionCode);

    /**
     * @param closedRate closed ÷ assigned, %; null when none
     * @param onTimeRate 按期办结率: closed on time ÷ closed, %; null when none closed
     */
    record Figures(int year, String regionCode, long assigned, long openGreen, long openYellow, long openRed, long closed,
                   long closedOnTime, BigDecimal closedRate, BigDecimal onTimeRate, long problems, long measures,
                   long measuresClosed) {
    }
}
