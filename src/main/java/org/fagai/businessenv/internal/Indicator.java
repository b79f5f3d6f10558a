package org.fagai.businessenv.internal;

import java.math.BigDecimal;

/**
 * One indicator of the system: a first-level one ({@code parentCode} null, no unit or direction) or a measured
 * second-level one. {@code weight} is its share within its parent (first level: within the total). {@code memberUnit}
 * is the 成员单位 that reports it, {@code memberUnitId} the section it is assigned to on the platform, if mapped.
 */
record Indicator(String code, String parentCode, String name, String unit, Direction direction, BigDecimal weight,
                 boolean national, String memberUnit, Long memberUnitId, IndicatorSource source, int seq) {

    public boolean firstLevel() {
        return parentCode == null;
    }
}
