package org.fagai.supervision;

/**
 * The sources the commission starts with. Later modules add their own source type (a short upper-case code such as
 * {@code ENTERPRISE_DEMAND}) in {@link NewItem#sourceType()}; it needs no change here.
 */
public enum StandardSource {
    ANNUAL_TASK, LEADER_INSTRUCTION, MEETING_DECISION, PROBLEM_LIST, PROJECT_BLOCKER;

    public static boolean isStandard(String type) {
        for (StandardSource s : values()) {
            if (s.name().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
