package org.fagai.planning.internal.plan;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.fagai.shared.MaxLength;

/** The commands of five-year plans, as the API and the pages send them. */
final class PlanCommands {

    private PlanCommands() {
    }

    /** A plan with (optionally) its indicators. */
    record NewPlan(@MaxLength(100) String name, @MaxLength(6) String regionCode, Integer fromYear, Integer toYear,
                   @Valid List<NewIndicator> indicators) {
    }

    /**
     * An indicator (Serializable: a refused page form returns to the page as a flash attribute): {@code direction} HIGHER/LOWER, {@code targetKind} LEVEL/ANNUAL_GROWTH/CUMULATIVE_CHANGE, {@code path}
     * LINEAR/COMPOUND (blank: the kind's default), {@code sourceIndicator} an economic-monitoring code (blank: entered yearly).
     */
    record NewIndicator(@MaxLength(40) String code, @MaxLength(100) String name, @MaxLength(50) String group, Integer seq,
                        Boolean binding, @MaxLength(20) String unit, @MaxLength(6) String direction,
                        @MaxLength(20) String targetKind, BigDecimal target, @MaxLength(8) String path, BigDecimal baseValue,
                        @MaxLength(40) String sourceIndicator) implements java.io.Serializable {
    }

    /** A yearly actual of an indicator entered by staff: its value and/or growth in percent. */
    record ActualCommand(@MaxLength(40) String code, Integer year, BigDecimal value, BigDecimal growth) {
    }
}
