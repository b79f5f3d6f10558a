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
                       List<SuspensionView> suspensions, LicenceSummary licence,
                       String linkedProjectName) {

    /** The credit check result shown on every application, with a leader's override if any. */
    record CreditCheck(Boolean listed, String detail,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime checkedAt,
                       String overrideBy, String overrideReason) {
    }

    record SuspensionView(@JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startedAt, String startedBy,
                          String reason, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endedAt,
                          String endedBy) {
    }

    /** Whole working hours of the remaining time (absolute value), for display. */
    public long remainingHoursPart() {
        return remainingWorkingMinutes == null ? 0 : Math.abs(remainingWorkingMinutes) / 60;
    }

    /** Minutes beyond the whole hours of the remaining time (absolute value), for display. */
    public long remainingMinutesPart() {
        return remainingWorkingMinutes == null ? 0 : Math.abs(remainingWorkingMinutes) % 60;
    }

    public boolean late() {
        return state == ClockState.OVERDUE;
    }

    /** The limit as a message key and value, e.g. approval.limit.HOURS with 8. */
    public String limitKey() {
        return limitUnit == null ? null : "approval.limit." + limitUnit.name();
    }
}
