package org.fagai.approval.internal;

import org.fagai.shared.StoredText;

/** A promised limit, e.g. 8 working hours or 3 working days; {@code maxExtensionDays} only for 核准 (40). */
record TimeLimit(int value, LimitUnit unit, int maxExtensionDays) {

    TimeLimit {
        if (value <= 0 || value > 1000) {
            throw new IllegalArgumentException(StoredText.of("approval.error.limitValue", value));
        }
        if (unit == null) {
            throw new IllegalArgumentException(StoredText.of("approval.error.limitUnit"));
        }
        if (maxExtensionDays < 0 || maxExtensionDays > 1000) {
            throw new IllegalArgumentException(StoredText.of("approval.error.maxExtension", maxExtensionDays));
        }
    }
}
