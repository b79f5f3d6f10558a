package org.fagai.project;

import org.fagai.shared.ProgressBands;

/** 红黄绿灯, ordered from best to worst. */
public enum WarningColour {
    GREEN("绿灯"), YELLOW("黄灯"), RED("红灯");

    private final String chinese;

    WarningColour(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The colour of a 序时进度 band. */
    public static WarningColour of(ProgressBands.Band band) {
        return switch (band) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
        };
    }

    public WarningColour worse(WarningColour other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
