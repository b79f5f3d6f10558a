package org.fagai.approval.internal;

import java.time.LocalDateTime;
import org.fagai.approval.ApprovalKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A new application; {@code receivedAt} empty = now, or the actual window-receipt time entered by staff. */
record FileCommand(ApprovalKind kind, String applicantName, String applicantCreditCode, String projectCode, String title,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime receivedAt) {

    static FileCommand empty() {
        return new FileCommand(ApprovalKind.FILING, "", "", "", "", null);
    }
}
