package org.fagai.supervision;

import java.time.LocalDate;
import java.util.List;

/** An item as other modules and the API see it; names resolved, colour as stored. */
public record ItemView(long id, String title, String content, String sourceType, String sourceRef, String sourceLink,
                       int year, Integer area, Long problemId, long leadUnitId, String leadUnitName, long leadPersonId,
                       String leadPersonName, List<Long> coUnitIds, List<String> coUnitNames, long supervisorId,
                       String supervisorName, Long leaderId, String leaderName, LocalDate assignedOn, Integer workingDays,
                       LocalDate deadline, ItemState state, Colour colour, String colourReason, LocalDate nextReportDue,
                       boolean reportMissed, String lastProgress, String result, String evidence, LocalDate closedOn,
                       Boolean closedOnTime, LocalDate extensionDeadline, String extensionReason, LocalDate escalatedOn,
                       List<MilestoneView> milestones) {

    public record MilestoneView(int seq, String title, LocalDate dueOn, LocalDate doneOn) {
    }
}
