package org.fagai.credit.internal;

import java.time.Period;

/**
 * The field a penalty belongs to, which sets its minimum publication period: 3 months in general, 1 year for
 * 安全生产, 特种设备 and 消防; at most 3 years for all.
 */
enum PenaltyCategory {
    GENERAL(Period.ofMonths(3)),
    SAFETY_PRODUCTION(Period.ofYears(1)),
    SPECIAL_EQUIPMENT(Period.ofYears(1)),
    FIRE(Period.ofYears(1));

    static final Period MAXIMUM = Period.ofYears(3);

    private final Period minimum;

    PenaltyCategory(Period minimum) {
        this.minimum = minimum;
    }

    Period minimum() {
        return minimum;
    }

    public String labelKey() {
        return "penalty.category." + name();
    }
}
