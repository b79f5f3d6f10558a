package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;

/** Commands of the 服务包: a package for a key enterprise, and a visit (走访) with the demands raised in it. */
final class ServiceCommands {

    private ServiceCommands() {
    }

    record Package(@MaxLength(18) String creditCode, Long leaderId, Long staffId, @MaxLength(MaxLength.TEXT) String policies,
                   Integer visitsPerQuarter) {
    }

    record Visit(LocalDate visitedOn, @MaxLength(200) String visitors, @MaxLength(200) String metWith,
                 @MaxLength(MaxLength.TEXT) String discussed, List<RaisedDemand> demands) {

        Visit {
            demands = demands == null ? List.of() : demands;
        }
    }

    /** A demand raised during a visit: it becomes a demand of the enterprise (channel VISIT). */
    record RaisedDemand(@MaxLength(20) String category, @MaxLength(MaxLength.TEXT) String content, @MaxLength(10) String urgency,
                        Long departmentId, Long leadPersonId) {
    }
}
