package org.fagai.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.fagai.supervision.NewItem;
import org.springframework.format.annotation.DateTimeFormat;

/** The JSON body of {@code POST /api/v1/supervision/items}: {@code source} is the source type code. */
record ItemRequest(String title, String content, String source, String sourceRef, String sourceLink, Long leadUnitId,
                   Long leadPersonId, List<Long> coUnitIds, Long supervisorId, Long leaderId,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Integer workingDays,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedAt, Integer area, List<NewItem.NewMilestone> milestones) {

    NewItem toNewItem() {
        return new NewItem(title, content, source, sourceRef, sourceLink, leadUnitId, leadPersonId, coUnitIds, supervisorId,
                leaderId, deadline, workingDays, assignedAt, area, milestones);
    }
}
