package org.fagai.supervision.internal;

import org.fagai.shared.MaxLength;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The optional JSON body of a step: progress, result and evidence, a reason or note, a new deadline. */
record StepBody(@MaxLength(4000) String progress, @MaxLength(4000) String result, @MaxLength(2000) String evidence,
                @MaxLength(500) String reason, @MaxLength(4000) String note,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    static final StepBody EMPTY = new StepBody(null, null, null, null, null, null);

    static StepBody orEmpty(StepBody body) {
        return body == null ? EMPTY : body;
    }
}
