package org.fagai.approval.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step of an application. {@code at} empty = now (staff may record a past moment); the other fields are used by the
 * steps that need them: reason (refuse, suspend, reject, withdraw, extension), overrideReason (a leader accepting a
 * listed applicant), missing and promisedBy (容缺受理), materials (the checklist items a 一次性告知书 names), approved
 * and consultationNote (the drafted decision; why it does not wait for open consultations), approved (a leader's answer
 * to an extension request), days (the extension asked for; empty = the kind's), commitment (the 信用承诺 the applicant
 * signed with a 容缺受理; empty = the standard text).
 */
record StepCommand(@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at, @MaxLength(MaxLength.TEXT) String reason,
                   @MaxLength(MaxLength.TEXT) String overrideReason, Boolean approved, Integer days,
                   List<String> missing, @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate promisedBy,
                   List<String> materials, @MaxLength(MaxLength.TEXT) String consultationNote,
                   @MaxLength(MaxLength.TEXT) String commitment) {

    static StepCommand now() {
        return new StepCommand(null, null, null, null, null, null, null, null, null, null);
    }
}
