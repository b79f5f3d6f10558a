package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.energy.EnergyType;

/**
 * A stored report as the API and pages show it: figures in tce (当量值) with and without 原料用能, the total under
 * control (without 原料用能 and non-fossil energy), the 等价值 total, CO₂ in tonnes, and the plausibility flags.
 */
record ReportView(long id, String creditCode, String enterpriseName, String regionCode, String month, BigDecimal outputValue,
                  BigDecimal tce, BigDecimal tceExcludingRawMaterial, BigDecimal tceRawMaterial, BigDecimal tceNonFossil,
                  BigDecimal tceControlled, BigDecimal tceEquivalent, BigDecimal co2, Integer factorYear, boolean spike,
                  boolean previousMissing, List<Item> items) {

    record Item(EnergyType type, String name, String unit, BigDecimal amount, BigDecimal rawMaterial, BigDecimal nonFossil,
                BigDecimal tce, BigDecimal co2) {
    }
}
