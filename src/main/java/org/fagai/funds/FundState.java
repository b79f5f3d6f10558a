package org.fagai.funds;

/**
 * 储备 → 申报 → 发改审核通过 → 通过 (财政审核, amount) or 未通过 → 额度下达 → 拨付/发行 → 完成 (all spent).
 * Monthly spending is recorded while the funds are disbursed.
 */
public enum FundState {
    PLANNED, DECLARED, DRC_PASSED, APPROVED, REJECTED, ALLOCATED, DISBURSED, COMPLETED;

    public String labelKey() {
        return "funds.state." + name();
    }

    /** Whether the application still claims funds for its cost (everything but 未通过). */
    public boolean isActive() {
        return this != REJECTED;
    }

    /** Whether it passed both reviews (通过 and every later step). */
    public boolean isApproved() {
        return this == APPROVED || this == ALLOCATED || this == DISBURSED || this == COMPLETED;
    }
}
