/**
 * Approvals (审批/备案) with promised time limits counted on the working-day calendar: kinds and their limits,
 * applications through their life cycle (received → accepted → suspended/resumed → decided, refused, withdrawn),
 * the clock (deadline, remaining working time, normal/warning/overdue) and statistics. Asks credit for the applicant's
 * credit check and tells it of each approval by {@link org.fagai.credit.LicenceGranted}, an event of credit's API.
 * Its API for other modules: {@link org.fagai.approval.ApprovalAttention}.
 */
package org.fagai.approval;
