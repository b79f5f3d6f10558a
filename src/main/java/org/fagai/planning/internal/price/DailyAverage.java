package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A good's prices on one day over the points in scope: how many and their sum; the average to two decimals. */
record DailyAverage(LocalDate day, int points, BigDecimal total) {

    BigDecimal average() {
        return total.divide(BigDecimal.valueOf(points), 6, RoundingMode.HALF_UP);
    }

    BigDecimal shownAverage() {
        return average().setScale(2, RoundingMode.HALF_UP);
    }
}
