package org.fagai.planning.internal.price;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;

/** Commands of price monitoring as the API and the pages send them. */
final class PriceCommands {

    private PriceCommands() {
    }

    /** One point's collection of a day: a price for each good collected (all stored, or none). */
    record Collection(Integer pointId, LocalDate date, @Valid List<Entry> prices) {
    }

    record Entry(Integer goodId, BigDecimal price) {
    }

    record NewGood(@MaxLength(20) String code, @MaxLength(50) String name, @MaxLength(20) String category,
                   @MaxLength(20) String unit, @MaxLength(100) String spec, Integer seq, BigDecimal yellowPercent,
                   BigDecimal redPercent) {
    }

    record NewPoint(@MaxLength(20) String code, @MaxLength(100) String name, @MaxLength(12) String kind,
                    @MaxLength(6) String regionCode, @MaxLength(200) String address, Long collectorId) {
    }
}
