/**
 * Approvals (审批/备案) with promised time limits on the working-day calendar: kinds with their limits and rules, the
 * life cycle (received → accepted → review chain, consultations, clock stops the law excludes, extension, 容缺 →
 * drafted → signed, or refused/withdrawn), the clock (counted, excluded, remaining; normal/warning/overdue), decision
 * documents with their numbers and e-licences checked in public, and statistics. Asks credit for the applicant's credit
 * check and, when a decision is signed, raises {@link org.fagai.credit.LicenceGranted} (a type of credit's API) and
 * {@link org.fagai.project.ProjectApprovalDecided} (a type of project's API), so approval → credit, project stay one-way.
 * Its API for other modules: {@link org.fagai.approval.ApprovalAttention}.
 */
package org.fagai.approval;
