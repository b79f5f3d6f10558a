package org.fagai.policy.internal;

/**
 * An innovation platform's life: 储备 (in the reserve) → 申报 (declared) → 认定 (recognised) → 评估 (evaluated, again at
 * each periodic evaluation). Recognition and each evaluation set the next evaluation date.
 */
public enum PlatformStatus {
    RESERVE, DECLARED, RECOGNISED, EVALUATED;

    public boolean canGo(PlatformStatus to) {
        return switch (to) {
            case RESERVE -> false;
            case DECLARED -> this == RESERVE;
            case RECOGNISED -> this == DECLARED;
            case EVALUATED -> this == RECOGNISED || this == EVALUATED;
        };
    }

    /** Recognition and evaluation start the next evaluation period. */
    public boolean setsNextEvaluation() {
        return this == RECOGNISED || this == EVALUATED;
    }
}
