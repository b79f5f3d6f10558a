package org.fagai.planning.internal.livelihood;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;

/** Commands of 七有五性 as the API and the pages send them. */
final class LivelihoodCommands {

    private LivelihoodCommands() {
    }

    /** Opens a round for the user's city's districts: a year (half 0) or its first half (1), due on a date. */
    record NewRound(Integer year, Integer half, LocalDate dueOn) {
    }

    /** A district's values of a round, by indicator code; blank values are left as they are. */
    record Values(Integer year, Integer half, @MaxLength(6) String regionCode, @Valid List<Value> values) {
    }

    record Value(@MaxLength(40) String code, BigDecimal value) {
    }

    record NewIndicator(@MaxLength(40) String code, @MaxLength(20) String dimension, @MaxLength(100) String name,
                        @MaxLength(20) String unit, @MaxLength(6) String direction, BigDecimal weight, BigDecimal target,
                        @MaxLength(100) String memberUnit) {
    }
}
