package org.fagai.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A good's average price on a day against its previous collection (环比, in %) and the same time last year (同比, in %),
 * and the colour the 环比 thresholds give it (GREEN, YELLOW, RED).
 */
public record PriceWarning(int goodId, String code, String name, String category, String unit, LocalDate day,
                           BigDecimal average, LocalDate previousDay, BigDecimal monthOnMonth, BigDecimal yearOnYear,
                           String colour) {
}
