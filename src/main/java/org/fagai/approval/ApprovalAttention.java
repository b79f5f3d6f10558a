package org.fagai.approval;

import java.util.List;

/** What needs attention now: open applications in warning or overdue, in the signed-in user's region. */
public interface ApprovalAttention {

    /** The signed-in user's overdue and warning applications, most urgent first; empty for roles that do not handle them. */
    List<ApplicationSummary> needingAttention(int limit);
}
