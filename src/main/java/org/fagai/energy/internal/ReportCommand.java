package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.energy.EnergyType;
import org.fagai.shared.MaxLength;

/**
 * A month's energy report as the API takes it: amounts in each type's unit (t; 天然气 万m³; 热力 GJ; 电力 万kWh; 其他 tce),
 * the parts used as raw material (原料用能) and the non-fossil parts (绿电, 可再生热力 …), the month's output value in 万元.
 */
record ReportCommand(@MaxLength(18) String creditCode, @MaxLength(7) String month, List<Line> items,
                     List<Line> rawMaterial, List<Line> nonFossil, BigDecimal outputValue) {

    record Line(EnergyType type, BigDecimal amount) {
    }

    ReportCommand {
        items = items == null ? List.of() : items;
        rawMaterial = rawMaterial == null ? List.of() : rawMaterial;
        nonFossil = nonFossil == null ? List.of() : nonFossil;
    }
}
