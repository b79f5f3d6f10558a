package org.fagai.project.internal.land;

/** 用地性质: new construction land (新增建设用地, needs 农转用 quota) or existing land (存量). */
public enum LandNature {
    NEW("新增建设用地"), STOCK("存量建设用地");

    private final String chinese;

    LandNature(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "project.land.nature." + name();
    }
}
