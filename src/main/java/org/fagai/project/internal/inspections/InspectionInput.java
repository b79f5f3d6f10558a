package org.fagai.project.internal.inspections;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;

/**
 * A site inspection (巡查): {@code {"inspectedOn":"2024-05-10","inspectors":"张三、李四","findings":"…",
 * "blocker":{"category":"CONSTRUCTION","department":"市住建局","workingDays":10}}}; with {@code blocker} the finding
 * becomes a blocker of the project.
 */
public record InspectionInput(LocalDate inspectedOn, @MaxLength(200) String inspectors, @MaxLength(MaxLength.TEXT) String findings,
                              Finding blocker) {

    /** The blocker a finding raises: its category, the responsible department and the working days allowed. */
    public record Finding(@MaxLength(20) String category, @MaxLength(100) String department, Integer workingDays) {
    }
}
