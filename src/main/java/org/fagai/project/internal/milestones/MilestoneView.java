package org.fagai.project.internal.milestones;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded 前期手续: its document, the application that filled it (if an approval did) and its file (if any). */
public record MilestoneView(MilestoneKind kind, String kindName, String documentNumber, LocalDate approvedOn, String authority,
                            Long applicationId, String approvalKind, String fileName, Long fileSize, String recordedBy,
                            OffsetDateTime recordedAt) {

    /** The approval application's page, when a decided application filled it. */
    public String applicationLink() {
        return applicationId == null ? null : "/approvals/" + applicationId;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
