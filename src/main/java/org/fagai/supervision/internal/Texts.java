package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.supervision.ItemState;

/** Bounded free-text fields and the Chinese names used in refusals. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max, String label) {
        List<FieldErrors.FieldError> errors = new java.util.ArrayList<>();
        String v = collect(errors, field, value, max, label);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return v;
    }

    /** The stripped value, or null after adding an error naming the field ({@code label} the key of its name). */
    static String collect(List<FieldErrors.FieldError> errors, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.required", StoredText.label(label))));
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.tooLong", StoredText.label(label), max)));
            return null;
        }
        return v;
    }

    static String optional(List<FieldErrors.FieldError> errors, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return collect(errors, field, value, max, label);
    }

    static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    static String stateName(ItemState state) {
        return switch (state) {
            case PENDING_SIGN -> "待签收";
            case IN_PROGRESS -> "办理中";
            case CLOSURE_REQUESTED -> "已申请办结";
            case CLOSED -> "已办结";
            case CANCELLED -> "已撤销";
        };
    }
}
