package org.fagai.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fagai.supervision.NewItem;

/** A {@link NewItem} after validation: deadline resolved, leader chosen, region known. */
record ItemDraft(String title, String content, String sourceType, String sourceRef, String sourceLink, Integer area,
                 Long problemId, long leadUnitId, long leadPersonId, List<Long> coUnitIds, long supervisorId, Long leaderId,
                 String regionCode, LocalDate assignedOn, Integer workingDays, LocalDate deadline,
                 List<NewItem.NewMilestone> milestones, String createdBy) {
}
