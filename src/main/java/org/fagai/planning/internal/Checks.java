package org.fagai.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;

/**
 * Collects field errors of a command and throws them together: every message a stored sentence naming the field, whose
 * {@code label} is the message key of the field's name ({@code planning.field.*}), so both read in the reader's language.
 */
public final class Checks {

    private final List<FieldErrors.FieldError> errors = new ArrayList<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks add(String field, String message) {
        errors.add(new FieldErrors.FieldError(field, message));
        return this;
    }

    /** The stripped text, or null after an error when blank or longer than {@code max}. */
    public String text(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            add(field, StoredText.of("planning.error.required", StoredText.label(label)));
            return null;
        }
        return optionalText(field, value, max, label);
    }

    /** The stripped text or null when blank; an error when longer than {@code max}. */
    public String optionalText(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            add(field, StoredText.of("planning.error.tooLong", StoredText.label(label), max));
            return null;
        }
        return v;
    }

    public Integer year(String field, Integer year, String label) {
        if (year == null || !Years.contains(year)) {
            add(field, StoredText.of("planning.error.yearOf", StoredText.label(label), Years.RANGE));
            return null;
        }
        return year;
    }

    /** A required number with at most {@code scale} decimals and an absolute value below 10^{@code digits}. */
    public BigDecimal number(String field, BigDecimal value, int digits, int scale, String label) {
        if (value == null) {
            add(field, StoredText.of("planning.error.required", StoredText.label(label)));
            return null;
        }
        return optionalNumber(field, value, digits, scale, label);
    }

    public BigDecimal optionalNumber(String field, BigDecimal value, int digits, int scale, String label) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > scale || value.abs().compareTo(BigDecimal.TEN.pow(digits)) >= 0) {
            add(field, StoredText.of("planning.error.numberOf", StoredText.label(label), BigDecimal.TEN.pow(digits).toPlainString(), scale));
            return null;
        }
        return value;
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, String label) {
        if (value == null || value.isBlank()) {
            add(field, StoredText.of("planning.error.choose", StoredText.label(label)));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            add(field, StoredText.of("planning.error.choiceInvalid", StoredText.label(label), value.length() > 40 ? value.substring(0, 40) + "…" : value));
            return null;
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }
}
