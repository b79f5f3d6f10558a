package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A report that passed every check, ready to convert and store. */
record CleanReport(String creditCode, String enterpriseName, String regionCode, String countyCode, YearMonth month,
                   BigDecimal outputValue, List<Conversion.Item> items) {
}
