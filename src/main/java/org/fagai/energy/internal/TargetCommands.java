package org.fagai.energy.internal;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** Setting targets: a year's for a region, department or key energy user; a region's five-year target. */
final class TargetCommands {

    private TargetCommands() {
    }

    /** {@code subjectType} REGION (code: region), DEPARTMENT (code: its id) or ENTERPRISE (code: credit code). */
    record Annual(@MaxLength(12) String subjectType, @MaxLength(18) String subjectCode, Integer year, BigDecimal intensityDecline,
                  BigDecimal co2IntensityDecline, BigDecimal totalCap, @MaxLength(MaxLength.TEXT) String tasks) {
    }

    record FiveYear(@MaxLength(6) String regionCode, @MaxLength(40) String name, Integer baseYear, Integer endYear,
                    BigDecimal baseEnergy, BigDecimal baseCo2, BigDecimal baseGdp, BigDecimal intensityDecline,
                    BigDecimal co2IntensityDecline, BigDecimal totalCap) {
    }
}
