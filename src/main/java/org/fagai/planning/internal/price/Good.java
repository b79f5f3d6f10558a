package org.fagai.planning.internal.price;

import java.math.BigDecimal;

/** A monitored good: 大米 (粳米 标一) in 元/500克, with its own 环比 thresholds where set. */
record Good(int id, String code, String name, String category, String unit, String spec, int seq, BigDecimal yellowPercent,
            BigDecimal redPercent, boolean enabled) {

    public String title() {
        return spec.isBlank() ? name : name + "（" + spec + "）";
    }
}
