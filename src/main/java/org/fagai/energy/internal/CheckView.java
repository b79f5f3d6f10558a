package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.energy.EnergyType;

/** An on-site check with each type's reported and checked amount and their difference in % of the reported one. */
record CheckView(long id, String creditCode, String enterpriseName, String regionCode, String month, LocalDate checkedOn,
                 String checkers, BigDecimal tolerance, BigDecimal reportedTce, BigDecimal checkedTce, BigDecimal difference,
                 boolean flagged, Long itemId, LocalDate rectifiedOn, String note, List<Line> lines) {

    record Line(EnergyType type, BigDecimal reported, BigDecimal checked, BigDecimal difference, boolean flagged) {

        public String labelKey() {
            return type.labelKey();
        }
    }
}
