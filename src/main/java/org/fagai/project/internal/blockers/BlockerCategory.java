package org.fagai.project.internal.blockers;

/** What holds a project up (问题类别). */
public enum BlockerCategory {
    LAND("用地"), FUNDING("资金"), APPROVAL("审批"), DEMOLITION("拆迁"), ENVIRONMENT("环评"), ENERGY("能评"),
    CONSTRUCTION("施工"), OTHER("其他");

    private final String chinese;

    BlockerCategory(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
