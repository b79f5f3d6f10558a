package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.energy.EnergyType;
import org.fagai.shared.MaxLength;

/** The check form: one amount field per energy type (left empty = not checked). */
record CheckForm(@MaxLength(18) String creditCode, @MaxLength(7) String month, LocalDate checkedOn, @MaxLength(100) String checkers,
                 List<BigDecimal> amounts, @MaxLength(1000) String note, Long leadUnitId, Long leadPersonId, Integer workingDays) {

    CheckCommands command() {
        List<ReportCommand.Line> items = new ArrayList<>();
        EnergyType[] types = EnergyType.values();
        for (int i = 0; amounts != null && i < Math.min(amounts.size(), types.length); i++) {
            if (amounts.get(i) != null) {
                items.add(new ReportCommand.Line(types[i], amounts.get(i)));
            }
        }
        return new CheckCommands(creditCode, month, checkedOn, checkers, items, note, leadUnitId, leadPersonId, workingDays);
    }
}
