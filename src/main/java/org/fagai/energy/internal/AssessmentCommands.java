package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.shared.MaxLength;

/**
 * A year's 节能目标责任考核 of one subject (REGION: a town or county code; DEPARTMENT: its id; ENTERPRISE: credit code),
 * scored 0–100 on each indicator of the scorecard; a second scoring of the same subject and year replaces the first. An
 * indicator with a data source may leave its score out (the platform's suggestion is taken) or give another one with a
 * {@code reason}.
 */
record AssessmentCommands(Integer year, @MaxLength(12) String subjectType, @MaxLength(18) String subjectCode,
                          @MaxLength(2000) String comment, List<Score> scores) {

    record Score(@MaxLength(30) String indicator, BigDecimal score, @MaxLength(500) String note, @MaxLength(500) String reason) {

        Score(String indicator, BigDecimal score, String note) {
            this(indicator, score, note, null);
        }
    }

    AssessmentCommands {
        scores = scores == null ? List.of() : scores;
    }
}
