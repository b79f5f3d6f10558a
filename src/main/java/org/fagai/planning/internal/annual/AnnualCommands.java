package org.fagai.planning.internal.annual;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** Commands of annual plans and special actions. */
final class AnnualCommands {

    private AnnualCommands() {
    }

    record NewPlan(@MaxLength(6) String regionCode, Integer year, @MaxLength(200) String title, @MaxLength(MaxLength.TEXT) String summary) {
    }

    /** The year's target of an economic-monitoring indicator: a growth in % and/or an absolute amount in its unit. */
    record MonitoringTarget(@MaxLength(40) String indicatorCode, BigDecimal growthTarget, BigDecimal absoluteTarget) {
    }

    /** A target of the plan outside economic monitoring, e.g. 城镇调查失业率 5.5% (LOWER), or an indicator of an action. */
    record NewTarget(@MaxLength(100) String name, @MaxLength(20) String unit, @MaxLength(6) String direction, BigDecimal target) {
    }

    record Actual(BigDecimal actual) {
    }

    record NewAction(@MaxLength(6) String regionCode, Integer year, @MaxLength(200) String name, @MaxLength(MaxLength.TEXT) String summary) {
    }
}
