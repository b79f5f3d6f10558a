package org.fagai.enterprise.internal;

import java.time.LocalDate;

/** A hazard as the API shows it. */
record HazardView(long id, long inspectionId, String creditCode, String enterpriseName, String description, String level,
                  HazardState state, LocalDate foundOn, String noticeNumber, String measures, Integer noticeWorkingDays,
                  LocalDate noticeIssuedOn, LocalDate deadline, Long itemId, String rectification, String evidence,
                  LocalDate rectifiedOn, LocalDate closedOn, Boolean onTime, int reopenedCount, boolean followUpDue,
                  LocalDate followedUpOn, String followUpResult) {
}
