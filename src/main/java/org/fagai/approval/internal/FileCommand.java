package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.fagai.approval.ApprovalKind;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new application; {@code receivedAt} empty = now, or the actual window-receipt time entered by staff;
 * {@code totalInvestment} (万元) empty = the key project's, when the code is one.
 */
record FileCommand(ApprovalKind kind, @MaxLength(200) String applicantName, @MaxLength(50) String applicantCreditCode,
                   @MaxLength(50) String projectCode, @MaxLength(300) String title,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime receivedAt, BigDecimal totalInvestment) {

    static FileCommand empty() {
        return new FileCommand(ApprovalKind.FILING, "", "", "", "", null, null);
    }
}
