package org.fagai.energy;

import java.math.BigDecimal;

/** 节能审查 for other modules: who reviews a project with these yearly figures, under the thresholds in force. */
public interface EnergyReviews {

    /** @param annualTce yearly comprehensive energy use (tce, 当量值; for a 改建 project the increase); @param annualWanKwh electricity, 万kWh */
    ReviewClass classify(BigDecimal annualTce, BigDecimal annualWanKwh);
}
