package org.fagai.supervision.internal;

/** The kinds of timeline entries; labels under {@code supervision.step.*}. */
enum StepKind {
    ASSIGNED, SIGNED, REPORTED, MILESTONE_DONE, CLOSURE_REQUESTED, VERIFIED, RETURNED, EXTENSION_REQUESTED,
    EXTENSION_APPROVED, EXTENSION_REFUSED, CANCELLED, ESCALATED, REPORT_MISSED, EVIDENCE_ADDED,
    DEADLINE_MOVED
}
