package org.fagai.planning.internal.annual;

import java.math.BigDecimal;
import java.util.Map;
import org.fagai.planning.internal.Direction;
import org.fagai.shared.Changes;
import org.fagai.shared.StoredText;

/**
 * A target with its actual (an annual plan's own target, or a special action's indicator): met when the actual is at
 * least as good as the target in its direction; completion = actual / target in % (higher is better only).
 */
record TargetLine(long id, String name, String unit, Direction direction, BigDecimal target, BigDecimal actual) {

    /** The fields an edit may change, for the audit's {@code Changes.stored}: 目标值 and 完成值 in the line's unit. */
    Map<String, Object> fields() {
        Map<String, Object> fields = Changes.snapshot();
        fields.put(StoredText.of("planning.audit.field.lineTarget", name, unit), target);
        fields.put(StoredText.of("planning.audit.field.lineActual", name, unit), actual);
        return fields;
    }

    public Boolean met() {
        return actual == null ? null : direction.meets(actual, target);
    }

    public BigDecimal completion() {
        if (actual == null || direction != Direction.HIGHER || target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, java.math.RoundingMode.HALF_UP);
    }
}
