package org.fagai.indicator;

import java.math.BigDecimal;

public record TargetView(String indicatorCode, String indicatorName, Unit unit, String regionCode, String regionName,
                         int year, BigDecimal growthTarget, BigDecimal absoluteTarget, String updatedBy) {

    /** This target under another indicator name (the reader's language). */
    public TargetView named(String shown) {
        return new TargetView(indicatorCode, shown, unit, regionCode, regionName, year, growthTarget, absoluteTarget, updatedBy);
    }

}
