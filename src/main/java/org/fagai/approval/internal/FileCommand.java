package org.fagai.approval.internal;

import java.time.LocalDateTime;
import org.fagai.approval.ApprovalKind;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/** A new application; {@code receivedAt} empty = now, or the actual window-receipt time entered by staff. */
record FileCommand(ApprovalKind kind, @MaxLength(200) String applicantName, @MaxLength(50) String applicantCreditCode,
                   @MaxLength(50) String projectCode, @MaxLength(300) String title,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime receivedAt) {

    static FileCommand empty() {
        return new FileCommand(ApprovalKind.FILING, "", "", "", "", null);
    }
}
