package org.fagai.indicator;

import java.math.BigDecimal;

/** One period on an indicator's trend chart; {@code growthEstimated}: the growth is 测算 (computed from levels). */
public record TrendPoint(int year, int toMonth, String label, BigDecimal value, BigDecimal growth,
                         boolean growthEstimated) {
}
