package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;

/** Commands of the safety inspections. */
final class SafetyCommands {

    private SafetyCommands() {
    }

    /** A monthly plan: inspect every enterprise with {@code flag} (default STONE) in the region in {@code month} (yyyy-MM). */
    record Plan(@MaxLength(7) String month, @MaxLength(30) String flag, @MaxLength(9) String regionCode) {
    }

    record Inspection(Long planId, @MaxLength(18) String creditCode, LocalDate inspectedOn, @MaxLength(200) String inspectors,
                      @MaxLength(MaxLength.TEXT) String checklist, @MaxLength(MaxLength.TEXT) String notes,
                      List<NewHazard> hazards) {

        Inspection {
            hazards = hazards == null ? List.of() : hazards;
        }
    }

    /** {@code level} GENERAL (一般) or MAJOR (重大). */
    record NewHazard(@MaxLength(MaxLength.TEXT) String description, @MaxLength(10) String level) {
    }

    record Notice(@MaxLength(MaxLength.TEXT) String measures, Integer workingDays, Long departmentId, Long leadPersonId) {
    }

    record Rectification(@MaxLength(MaxLength.TEXT) String rectification, @MaxLength(MaxLength.TEXT) String evidence) {
    }

    /** {@code confirmed} false reopens the hazard with a new deadline of {@code workingDays} (default: the notice's). */
    record FollowUp(Boolean confirmed, @MaxLength(MaxLength.TEXT) String result, Integer workingDays) {
    }

    record Sample(Integer percent, Long seed) {
    }
}
