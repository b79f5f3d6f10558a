package org.fagai.supervision.internal;

import org.fagai.shared.MaxLength;
import java.time.LocalDate;
import java.util.List;
import org.fagai.supervision.NewItem;
import org.springframework.format.annotation.DateTimeFormat;

/** The JSON body of {@code POST /api/v1/supervision/items}: {@code source} is the source type code. */
record ItemRequest(@MaxLength(300) String title, @MaxLength(4000) String content, @MaxLength(40) String source,
                   @MaxLength(100) String sourceRef, @MaxLength(300) String sourceLink, Long leadUnitId,
                   Long leadPersonId, List<Long> coUnitIds, Long supervisorId, Long leaderId,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Integer workingDays,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedAt, Integer area, List<NewItem.NewMilestone> milestones) {

    NewItem toNewItem() {
        return new NewItem(title, content, source, sourceRef, sourceLink, leadUnitId, leadPersonId, coUnitIds, supervisorId,
                leaderId, deadline, workingDays, assignedAt, area, milestones);
    }
}
