package org.fagai.supervision;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import java.util.List;

/**
 * A command to put an item on the loop. The deadline is either {@code deadline} or {@code workingDays} working days
 * after {@code assignedAt} (default today) on the official calendar. {@code sourceRef}/{@code sourceLink} point back to
 * the record the item came from. {@code leaderId} (督办领导, who decides extensions and receives escalations) defaults to
 * a leader of the supervising officer's region. {@code area} is the year's work area (1–8 in the demo plan).
 */
public record NewItem(@MaxLength(300) String title, @MaxLength(4000) String content, @MaxLength(40) String sourceType,
                      @MaxLength(100) String sourceRef, @MaxLength(300) String sourceLink,
                      Long leadUnitId, Long leadPersonId, List<Long> coUnitIds, Long supervisorId, Long leaderId,
                      LocalDate deadline, Integer workingDays, LocalDate assignedAt, Integer area,
                      List<NewMilestone> milestones) {

    public record NewMilestone(@MaxLength(200) String title, LocalDate dueOn) {
    }

    public NewItem {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
