package org.fagai.enterprise.internal;

/** The enterprise's answer at the return visit (回访): 满意, 基本满意, 不满意. */
enum Satisfaction {
    SATISFIED, BASIC, UNSATISFIED;

    /** Counted as satisfied in the 满意率 (满意 and 基本满意, the 接诉即办 convention). */
    boolean satisfied() {
        return this != UNSATISFIED;
    }
}
