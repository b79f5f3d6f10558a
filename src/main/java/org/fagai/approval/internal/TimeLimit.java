package org.fagai.approval.internal;

/** A promised limit, e.g. 8 working hours or 3 working days; {@code maxExtensionDays} only for 核准 (40). */
record TimeLimit(int value, LimitUnit unit, int maxExtensionDays) {

    TimeLimit {
        if (value <= 0 || value > 1000) {
            throw new IllegalArgumentException("时限应在 1–1000 之间：" + value);
        }
        if (unit == null) {
            throw new IllegalArgumentException("请选择时限单位（工作小时或工作日）");
        }
        if (maxExtensionDays < 0 || maxExtensionDays > 1000) {
            throw new IllegalArgumentException("最长延期应在 0–1000 个工作日之间：" + maxExtensionDays);
        }
    }
}
