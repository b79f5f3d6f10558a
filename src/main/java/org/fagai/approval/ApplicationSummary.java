package org.fagai.approval;

import java.time.LocalDateTime;

/**
 * An open application as other modules (the home page) see it.
 *
 * @param deadline                null while suspended (the clock is stopped)
 * @param remainingWorkingMinutes negative when overdue
 */
public record ApplicationSummary(long id, ApprovalKind kind, ApplicationStatus status, String applicantName,
                                 String title, String regionCode, LocalDateTime deadline, long remainingWorkingMinutes,
                                 ClockState state) {
}
