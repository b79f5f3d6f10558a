package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDateTime;
import java.util.Objects;

/** The checks every step of an application repeats: a moment not before the last one, a reason given. */
final class Checks {

    private Checks() {
    }

    /** {@code key}: a sentence of the approval bundle with the earliest moment as its argument. */
    static void requireNotBefore(LocalDateTime at, LocalDateTime earliest, String key) {
        Objects.requireNonNull(at, "时间不能为空");
        if (at.isBefore(earliest)) {
            throw new RuleViolation(StoredText.of(key, earliest.toString().replace('T', ' ')));
        }
    }

    /** {@code key}: a sentence of the approval bundle asking for the reason. */
    static void requireReason(String reason, String key) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(StoredText.of(key));
        }
    }

    static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
