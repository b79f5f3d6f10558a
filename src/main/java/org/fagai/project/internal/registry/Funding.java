package org.fagai.project.internal.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The funding mix of the total investment, in 万元. */
@Embeddable
public record Funding(
        @Column(name = "fund_central") BigDecimal central,
        @Column(name = "fund_special_bond") BigDecimal specialBond,
        @Column(name = "fund_local") BigDecimal local,
        @Column(name = "fund_self") BigDecimal self,
        @Column(name = "fund_loan") BigDecimal loan,
        @Column(name = "fund_other") BigDecimal other) {

    static final Funding NONE = new Funding(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    public Funding {
        central = orZero(central);
        specialBond = orZero(specialBond);
        local = orZero(local);
        self = orZero(self);
        loan = orZero(loan);
        other = orZero(other);
    }

    BigDecimal total() {
        return central.add(specialBond).add(local).add(self).add(loan).add(other);
    }

    boolean anyNegative() {
        return central.signum() < 0 || specialBond.signum() < 0 || local.signum() < 0 || self.signum() < 0
                || loan.signum() < 0 || other.signum() < 0;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
