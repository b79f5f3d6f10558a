package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.shared.MaxLength;

/** Steps of a project's 节能审查: filing with the 节能报告's figures, the opinion, the start, 节能验收. */
final class ReviewCommands {

    private ReviewCommands() {
    }

    /**
     * {@code projectName} and {@code regionCode} are needed only for a project not in the key-project registry;
     * {@code annualTce} is the yearly comprehensive energy use (for a 改建 project, {@code renovation}, its increase).
     */
    record Filing(@MaxLength(30) String projectCode, @MaxLength(200) String projectName, @MaxLength(9) String regionCode,
                  Boolean renovation, BigDecimal annualTce, BigDecimal annualWanKwh, LocalDate appliedOn) {
    }

    record Opinion(@MaxLength(60) String opinionNumber, LocalDate opinionOn) {
    }

    record Start(LocalDate startedOn) {
    }

    record Acceptance(LocalDate acceptedOn, @MaxLength(500) String note) {
    }
}
