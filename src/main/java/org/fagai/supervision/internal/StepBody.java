package org.fagai.supervision.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The optional JSON body of a step: progress, result and evidence, a reason or note, a new deadline. */
record StepBody(String progress, String result, String evidence, String reason, String note,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    static final StepBody EMPTY = new StepBody(null, null, null, null, null, null);

    static StepBody orEmpty(StepBody body) {
        return body == null ? EMPTY : body;
    }
}
