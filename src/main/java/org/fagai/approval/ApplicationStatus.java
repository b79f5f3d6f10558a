package org.fagai.approval;

/** 收件 → 受理 / 不予受理 → 补正中 ⇄ 受理 → 准予 / 不予批准; 撤回 at any open step. */
public enum ApplicationStatus {
    RECEIVED, ACCEPTED, SUSPENDED, APPROVED, REJECTED, REFUSED, WITHDRAWN;

    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED || this == SUSPENDED;
    }

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }

    public String labelKey() {
        return "approval.status." + name();
    }
}
