package org.fagai.businessenv.internal;

/** Which way an indicator is better: 越低越好 (days, costs) or 越高越好 (rates, indices). */
enum Direction {
    LOWER, HIGHER;

    String labelKey() {
        return "businessenv.direction." + name();
    }
}
