package org.fagai.enterprise.internal;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;

/** Commands of a 信访 case. Dates default to today. */
final class PetitionCommands {

    private PetitionCommands() {
    }

    record Receive(@MaxLength(100) String petitioner, @MaxLength(18) String creditCode, @MaxLength(9) String regionCode,
                   @MaxLength(MaxLength.TEXT) String content, LocalDate receivedOn) {
    }

    /** Accept and put on the loop (lead department and person, due the answer date), or refuse with a reason. */
    record Decide(boolean accept, LocalDate on, Long departmentId, Long leadPersonId, @MaxLength(MaxLength.TEXT) String reason) {
    }

    record Extend(Integer days, @MaxLength(MaxLength.TEXT) String reason) {
    }

    record Answer(LocalDate on, @MaxLength(MaxLength.TEXT) String answer) {
    }
}
