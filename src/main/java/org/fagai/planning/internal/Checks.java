package org.fagai.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Years;

/** Collects field errors of a command (every message in Chinese, naming the field) and throws them together. */
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
            add(field, "请填写" + label);
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
            add(field, label + "不超过" + max + "个字符");
            return null;
        }
        return v;
    }

    public Integer year(String field, Integer year, String label) {
        if (year == null || !Years.contains(year)) {
            add(field, label + "应为" + Years.RANGE + "之间的年份");
            return null;
        }
        return year;
    }

    /** A required number with at most {@code scale} decimals and an absolute value below 10^{@code digits}. */
    public BigDecimal number(String field, BigDecimal value, int digits, int scale, String label) {
        if (value == null) {
            add(field, "请填写" + label);
            return null;
        }
        return optionalNumber(field, value, digits, scale, label);
    }

    public BigDecimal optionalNumber(String field, BigDecimal value, int digits, int scale, String label) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > scale || value.abs().compareTo(BigDecimal.TEN.pow(digits)) >= 0) {
            add(field, label + "应为绝对值小于" + BigDecimal.TEN.pow(digits).toPlainString() + "、最多" + scale + "位小数的数");
            return null;
        }
        return value;
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, String label) {
        if (value == null || value.isBlank()) {
            add(field, "请选择" + label);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            add(field, label + "不正确：" + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
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
