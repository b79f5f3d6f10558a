package org.fagai.indicator;

import java.math.BigDecimal;

/** One period on an indicator's trend chart. */
public record TrendPoint(int year, int toMonth, String label, BigDecimal value, BigDecimal growth) {
}
