package org.fagai.approval.internal;

import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;

/**
 * Filters of the application list; null fields do not filter. Page is zero-based. Without a sort the newest received
 * come first.
 */
record ApplicationQuery(ApplicationStatus status, ApprovalKind kind, ClockState state, String keyword, ApplicationSort sort,
                        boolean descending, int page, int size) {

    ApplicationQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 10_000);
        if (sort == null) {
            sort = ApplicationSort.RECEIVED;
            descending = true;
        }
    }

    ApplicationQuery(ApplicationStatus status, ApprovalKind kind, ClockState state, String keyword, int page, int size) {
        this(status, kind, state, keyword, null, false, page, size);
    }

    String order(String alias) {
        return sort.order(alias, descending);
    }
}
