package org.fagai.project;

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

    public WarningColour worse(WarningColour other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
