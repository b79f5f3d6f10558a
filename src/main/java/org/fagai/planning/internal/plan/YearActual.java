package org.fagai.planning.internal.plan;

import java.math.BigDecimal;

/** An indicator's actual of one year: its value and/or its growth over the previous year in percent. */
record YearActual(int year, BigDecimal value, BigDecimal growth) {
}
