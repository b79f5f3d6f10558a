package org.fagai.approval;

/**
 * 收件 → 受理 / 不予受理 → 补正中 or 计时中止 (a stop the law excludes: 技术评估, 专家评议, 征求意见, 听证/公示) ⇄ 受理 →
 * 准予 / 不予批准; 撤回 at any open step.
 */
public enum ApplicationStatus {
    RECEIVED, ACCEPTED, SUSPENDED, STOPPED, APPROVED, REJECTED, REFUSED, WITHDRAWN;

    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED || this == SUSPENDED || this == STOPPED;
    }

    /** Accepted with the clock standing still: 补正 or an excluded stop. */
    public boolean clockStopped() {
        return this == SUSPENDED || this == STOPPED;
    }

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }

    public String labelKey() {
        return "approval.status." + name();
    }
}
