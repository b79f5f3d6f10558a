package org.fagai.policy.internal;

/** Where a policy application is: 已申请 → 审核通过 / 审核未通过 → 已决定兑现 (amount) → 已拨付. */
enum ApplicationState {
    APPLIED, PASSED, REFUSED, GRANTED, PAID;

    /** The one order of the steps: each step starts from exactly one state. */
    boolean canGo(ApplicationState to) {
        return switch (to) {
            case PASSED, REFUSED -> this == APPLIED;
            case GRANTED -> this == PASSED;
            case PAID -> this == GRANTED;
            case APPLIED -> false;
        };
    }
}
