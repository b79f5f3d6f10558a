package org.fagai.funds.internal;

/** The dated steps on an application's timeline (table {@code funds_step}). */
enum StepKind {
    PLANNED, DECLARED, DRC_PASSED, DRC_REFUSED, APPROVED, FINANCE_REFUSED, ALLOCATED, DISBURSED, SPENT, COMPLETED;

    String labelKey() {
        return "funds.step." + name();
    }
}
