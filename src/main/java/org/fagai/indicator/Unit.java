package org.fagai.indicator;

/** The unit an indicator's values are entered, stored and shown in. */
public enum Unit {
    YI("亿元"), WAN("万元"), PERCENT("%"), YUAN("元");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    /** The Chinese unit as written after a figure: 亿元, 万元, %, 元. */
    public String label() {
        return label;
    }

    /** Parses "亿元" or "YI". */
    public static Unit parse(String text) {
        for (Unit unit : values()) {
            if (unit.label.equals(text) || unit.name().equalsIgnoreCase(text)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("计量单位应为亿元、万元、%或元，实际为'" + text + "'");
    }
}
