package org.fagai.approval;

import java.time.LocalDate;
import java.util.List;

/** A project's granted approvals (项目建议书, 可研, 核准, 备案 …), for modules that check its 前期 status. */
public interface ProjectApprovals {

    /** The approvals granted for this investment project code, oldest first; empty when none. */
    List<GrantedApproval> grantedFor(String projectCode);

    record GrantedApproval(ApprovalKind kind, String documentNumber, LocalDate decidedOn) {
    }
}
