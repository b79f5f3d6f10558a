package org.fagai.planning.internal;

import java.math.BigDecimal;

/** Whether more of an indicator is better (收入, 覆盖率) or less (失业率, 能耗, PM2.5). */
public enum Direction {
    HIGHER, LOWER;

    /** Whether {@code actual} is at least as good as {@code bound}. */
    public boolean meets(BigDecimal actual, BigDecimal bound) {
        int c = actual.compareTo(bound);
        return this == HIGHER ? c >= 0 : c <= 0;
    }

    public String labelKey() {
        return "planning.direction." + name();
    }
}
