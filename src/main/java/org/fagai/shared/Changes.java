package org.fagai.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit changed, named field by field for the audit log: "总投资（万元）：12000 → 13000；建设地点：（空） → 东湖区".
 * A module takes a {@link #snapshot} (field label → value) before and after the change.
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
