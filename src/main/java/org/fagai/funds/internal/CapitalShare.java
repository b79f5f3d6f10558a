package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Special bonds used as project capital against all special bonds asked in one province and year, this application
 * counted in (国办发〔2024〕52号: up to 30% of a province's bonds, configurable).
 */
record CapitalShare(BigDecimal asCapital, BigDecimal allBonds) {

    static CapitalShare of(BigDecimal capitalBefore, BigDecimal bondsBefore, BigDecimal requested, boolean asCapital) {
        return new CapitalShare(capitalBefore.add(asCapital ? requested : BigDecimal.ZERO), bondsBefore.add(requested));
    }

    /** Exactly at the cap is allowed; compared without rounding. */
    boolean withinCap(BigDecimal cap) {
        return cap != null && asCapital.compareTo(allBonds.multiply(cap)) <= 0;
    }

    BigDecimal percent() {
        return allBonds.signum() == 0 ? BigDecimal.ZERO
                : asCapital.multiply(BigDecimal.valueOf(100)).divide(allBonds, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
