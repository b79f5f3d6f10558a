package org.fagai.indicator;

import java.math.BigDecimal;

public record TargetView(String indicatorCode, String indicatorName, Unit unit, String regionCode, String regionName,
                         int year, BigDecimal growthTarget, BigDecimal absoluteTarget, String updatedBy) {
}
