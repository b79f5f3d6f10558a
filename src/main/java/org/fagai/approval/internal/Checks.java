package org.fagai.approval.internal;

import java.time.LocalDateTime;
import java.util.Objects;

/** The checks every step of an application repeats: a moment not before the last one, a reason given. */
final class Checks {

    private Checks() {
    }

    static void requireNotBefore(LocalDateTime at, LocalDateTime earliest, String message) {
        Objects.requireNonNull(at, "时间不能为空");
        if (at.isBefore(earliest)) {
            throw new RuleViolation(message + "（" + earliest.toString().replace('T', ' ') + "）");
        }
    }

    static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(message);
        }
    }

    static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
