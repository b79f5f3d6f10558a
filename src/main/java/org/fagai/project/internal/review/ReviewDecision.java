package org.fagai.project.internal.review;

/** What staff decided on a monthly report: accepted (审核通过) or returned to the owner for correction (退回). */
public enum ReviewDecision {
    ACCEPTED("审核通过"), RETURNED("退回修改");

    private final String chinese;

    ReviewDecision(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "project.review.decision." + name();
    }
}
