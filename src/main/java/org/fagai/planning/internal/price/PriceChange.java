package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A price against an earlier one: the change in percent with one decimal (as published), null without a base. */
final class PriceChange {

    private PriceChange() {
    }

    static BigDecimal percent(BigDecimal current, BigDecimal base) {
        if (current == null || base == null || base.signum() == 0) {
            return null;
        }
        return current.divide(base, MathContext.DECIMAL64).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100))
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** Whether a point's price is more than {@code percent} away from the day's median of all points. */
    static boolean outlier(BigDecimal price, BigDecimal median, BigDecimal percent) {
        if (median == null || median.signum() == 0) {
            return false;
        }
        BigDecimal distance = price.subtract(median).abs().multiply(BigDecimal.valueOf(100)).divide(median, MathContext.DECIMAL64);
        return distance.compareTo(percent) > 0;
    }
}
