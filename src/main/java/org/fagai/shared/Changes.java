package org.fagai.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit changed, named field by field for the audit log: "总投资（万元）：12000 → 13000；建设地点：（空） → 东湖区".
 * A module takes a {@link #snapshot} (field label → value) before and after the change. {@link #stored} keeps the result as
 * a {@link StoredText}, its labels message keys, so the audit page reads it in the reader's language; {@link #describe}
 * writes it in Chinese with the labels as given.
 */
public final class Changes {

    private Changes() {
    }

    /** An ordered snapshot to fill with {@code put(label, value)}. */
    public static Map<String, Object> snapshot() {
        return new LinkedHashMap<>();
    }

    /** The changed fields, or "未修改字段" when nothing changed. */
    public static String describe(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> field : after.entrySet()) {
            Object old = before.get(field.getKey());
            Object now = field.getValue();
            if (!same(old, now)) {
                changed.add(field.getKey() + "：" + text(old) + " → " + text(now));
            }
        }
        return changed.isEmpty() ? "未修改字段" : String.join("；", changed);
    }

    /**
     * The changed fields as a stored sentence read in the reader's language ("Coefficient: 0.7143 → 0.72; Source: (blank)
     * → GB/T 2589"): each label a message key, or a stored sentence for a label with arguments ({@code StoredText.of(
     * "energy.audit.field.amount", StoredText.label("energy.type.COKE"), …)}); values shown as they are, a
     * {@link StoredText.Label} value (a state's name) in the reader's language, nothing as 空 / blank, booleans as 是/否.
     */
    public static String stored(Map<String, Object> before, Map<String, Object> after) {
        List<Object> changed = new ArrayList<>();
        for (Map.Entry<String, Object> field : after.entrySet()) {
            Object old = before.get(field.getKey());
            Object now = field.getValue();
            if (!same(old, now)) {
                Object label = StoredText.parse(field.getKey()) != null ? field.getKey() : StoredText.label(field.getKey());
                changed.add(StoredText.of("shared.changes.field", label, storedValue(old), storedValue(now)));
            }
        }
        return changed.isEmpty() ? StoredText.of("shared.changes.none") : StoredText.list("shared.reasonSeparator", changed);
    }

    private static Object storedValue(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return StoredText.label("shared.changes.blank");
        }
        if (value instanceof Boolean b) {
            return StoredText.label(b ? "shared.changes.yes" : "shared.changes.no");
        }
        return value instanceof StoredText.Label ? value : text(value);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String text(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return "（空）";
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
