package org.fagai.approval.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDateTime;
import java.util.List;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.credit.LicenceSummary;

/** An application as the pages and the API show it, with its clock read now. Times: Beijing, yyyy-MM-ddTHH:mm. */
record ApplicationView(long id, ApprovalKind kind, ApplicationStatus status, String applicantName,
                       String applicantCreditCode, String projectCode, String title, String regionCode,
                       String department,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime receivedAt, String receivedBy,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime acceptedAt, String acceptedBy,
                       Integer limitValue, LimitUnit limitUnit, int extensionDays, String extensionReason,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime deadline,
                       Long remainingWorkingMinutes, ClockState state, boolean clockRunning, boolean provisional,
                       CreditCheck creditCheck,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime closedAt, String closedBy,
                       String closeReason, String documentNumber, Long usedWorkingMinutes, Boolean onTime,
                       List<SuspensionView> suspensions, LicenceSummary licence) {

    /** The credit check result shown on every application, with a leader's override if any. */
    record CreditCheck(Boolean listed, String detail,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime checkedAt,
                       String overrideBy, String overrideReason) {
    }

    record SuspensionView(@JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startedAt, String startedBy,
                          String reason, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endedAt,
                          String endedBy) {
    }

    /** "3天2小时" style is left to the page; this is the signed remaining time in hours and minutes. */
    String remainingText() {
        if (remainingWorkingMinutes == null) {
            return "";
        }
        long m = Math.abs(remainingWorkingMinutes);
        return (remainingWorkingMinutes < 0 ? "-" : "") + (m / 60) + ":" + String.format("%02d", m % 60);
    }
}
