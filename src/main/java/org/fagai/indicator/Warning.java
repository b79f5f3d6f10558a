package org.fagai.indicator;

import org.fagai.shared.ProgressBands;

/** The traffic light of a figure against its target; NONE when there is no target or no figure. */
public enum Warning {
    NONE, GREEN, YELLOW, RED;

    /** The light of a 序时进度 band. */
    public static Warning of(ProgressBands.Band band) {
        return switch (band) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
        };
    }

    /** The more severe of the two. */
    public Warning worse(Warning other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /** Message key, e.g. {@code indicator.warning.RED}. */
    public String labelKey() {
        return "indicator.warning." + name();
    }
}
