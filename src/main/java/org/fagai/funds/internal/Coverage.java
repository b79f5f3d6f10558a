package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 本息覆盖倍数: the project's income over the term ÷ the bonds' principal and interest, two decimals (rounded down). */
record Coverage(BigDecimal income, BigDecimal debtService) {

    static Coverage of(BigDecimal income, BigDecimal debtService) {
        if (income == null || debtService == null || debtService.signum() <= 0 || income.signum() < 0) {
            return null;
        }
        return new Coverage(income, debtService);
    }

    BigDecimal ratio() {
        return income.divide(debtService, 2, RoundingMode.DOWN);
    }

    /** Compared exactly, not on the rounded ratio: 1.0999 does not reach 1.10. */
    boolean reaches(BigDecimal minimum) {
        return income.compareTo(debtService.multiply(minimum)) >= 0;
    }
}
