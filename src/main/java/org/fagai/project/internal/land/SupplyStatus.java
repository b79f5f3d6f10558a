package org.fagai.project.internal.land;

/** 供地 status: not yet supplied, in progress (组卷报批、招拍挂), supplied. Land not supplied is the region's demand. */
public enum SupplyStatus {
    NOT_SUPPLIED("未供地"), IN_PROGRESS("供地中"), SUPPLIED("已供地");

    private final String chinese;

    SupplyStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean supplied() {
        return this == SUPPLIED;
    }

    public String labelKey() {
        return "project.land.supply." + name();
    }
}
