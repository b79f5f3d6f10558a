package org.fagai.project;

import org.fagai.shared.StoredText;
/** The life cycle of a project: 谋划 → 储备 → 前期 → 在建 → 竣工 → 投产 → 达产. 入库 is a flag, not a stage. */
public enum ProjectStage {
    IDEA("谋划"), RESERVE("储备"), PREPARATION("前期"), CONSTRUCTION("在建"), COMPLETED("竣工"), OPERATING("投产"),
    FULL_CAPACITY("达产");

    private final String chinese;

    ProjectStage(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isStarted() {
        return compareTo(CONSTRUCTION) >= 0;
    }

    public static ProjectStage fromChinese(String text) {
        for (ProjectStage stage : values()) {
            if (stage.chinese.equals(text) || stage.name().equalsIgnoreCase(text)) {
                return stage;
            }
        }
        if ("开工".equals(text)) {
            return CONSTRUCTION;
        }
        throw new IllegalArgumentException(StoredText.of("project.error.stageUnknown"));
    }
}
