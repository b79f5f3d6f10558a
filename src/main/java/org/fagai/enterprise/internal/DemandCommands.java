package org.fagai.enterprise.internal;

import org.fagai.shared.MaxLength;

/** The commands of a demand's life, as the API and the pages send them. */
final class DemandCommands {

    private DemandCommands() {
    }

    /**
     * A new demand. An enterprise account raises it for itself (channel ACCOUNT); staff name the enterprise and may route
     * it at once by naming the department and the person in charge.
     */
    record Raise(@MaxLength(18) String creditCode, @MaxLength(20) String category, @MaxLength(MaxLength.TEXT) String content,
                 @MaxLength(10) String urgency, @MaxLength(10) String channel, @MaxLength(100) String raisedBy,
                 Long departmentId, Long leadPersonId) {
    }

    record Route(Long departmentId, Long leadPersonId, @MaxLength(10) String urgency) {
    }

    record Answer(@MaxLength(MaxLength.TEXT) String answer) {
    }

    /** {@code resolved} defaults to whether the enterprise is satisfied (满意 or 基本满意). */
    record ReturnVisit(@MaxLength(12) String satisfaction, Boolean resolved, @MaxLength(MaxLength.TEXT) String note) {
    }
}
