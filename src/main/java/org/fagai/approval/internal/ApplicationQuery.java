package org.fagai.approval.internal;

import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;

/** Filters of the application list; null fields do not filter. Page is zero-based. */
record ApplicationQuery(ApplicationStatus status, ApprovalKind kind, ClockState state, String keyword, int page, int size) {

    ApplicationQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 10_000);
    }
}
