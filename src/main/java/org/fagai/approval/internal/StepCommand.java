package org.fagai.approval.internal;

import java.time.LocalDateTime;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step of an application. {@code at} empty = now (staff may record a past moment); the other fields are
 * used by the steps that need them: reason (refuse, suspend, reject, withdraw, extend), overrideReason (a leader
 * accepting a listed applicant), approved and documentNumber (decide), days (extend).
 */
record StepCommand(@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at, @MaxLength(MaxLength.TEXT) String reason,
                   @MaxLength(MaxLength.TEXT) String overrideReason, Boolean approved, @MaxLength(100) String documentNumber,
                   Integer days) {

    static StepCommand now() {
        return new StepCommand(null, null, null, null, null, null);
    }
}
