package org.fagai.funds.internal;

import java.util.Optional;
import org.fagai.approval.ProjectApprovals;
import org.springframework.stereotype.Component;

/** The 前期 status from the approvals granted on the platform (approval module); land unknown. */
@Component
class ApprovalPreparation implements PreparationStatus {

    private final ProjectApprovals approvals;

    ApprovalPreparation(ProjectApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public Preparation of(String projectCode) {
        return new Preparation(approvals.grantedFor(projectCode).stream()
                .map(a -> a.kind().documentName() + (a.documentNumber() == null ? "" : " " + a.documentNumber())
                        + "（" + a.decidedOn() + "）")
                .toList(), Optional.empty());
    }
}
