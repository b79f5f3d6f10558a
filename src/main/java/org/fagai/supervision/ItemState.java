package org.fagai.supervision;

/** Where an item is on the loop. 退回 is not a state: a returned item is back 办理中 with the reason on its timeline. */
public enum ItemState {
    PENDING_SIGN, IN_PROGRESS, CLOSURE_REQUESTED, CLOSED, CANCELLED;

    public boolean open() {
        return this == PENDING_SIGN || this == IN_PROGRESS || this == CLOSURE_REQUESTED;
    }

    public String labelKey() {
        return "supervision.state." + name();
    }
}
