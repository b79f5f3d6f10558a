package org.fagai.approval;

/** Normal; warning when less than a quarter of the limit is left; overdue past the deadline. */
public enum ClockState {
    NORMAL, WARNING, OVERDUE;

    public String labelKey() {
        return "approval.state." + name();
    }
}
