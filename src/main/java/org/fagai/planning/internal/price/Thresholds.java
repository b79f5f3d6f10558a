package org.fagai.planning.internal.price;

import java.math.BigDecimal;

/** 环比 warning thresholds in percent: a change of at least {@code red} either way is RED, of at least {@code yellow} YELLOW. */
record Thresholds(BigDecimal yellow, BigDecimal red) {

    /** A good's own thresholds where it has them, these otherwise. */
    Thresholds orOwn(BigDecimal ownYellow, BigDecimal ownRed) {
        return new Thresholds(ownYellow == null ? yellow : ownYellow, ownRed == null ? red : ownRed);
    }

    /** The colour of a change in percent (as shown, one decimal); null when there is nothing to compare with. */
    String colour(BigDecimal changePercent) {
        if (changePercent == null) {
            return null;
        }
        BigDecimal size = changePercent.abs();
        return size.compareTo(red) >= 0 ? "RED" : size.compareTo(yellow) >= 0 ? "YELLOW" : "GREEN";
    }
}
