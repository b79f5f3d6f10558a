package org.fagai.project.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import org.fagai.project.internal.blockers.BlockerStatus;
import org.fagai.project.internal.blockers.BlockerView;
import org.fagai.supervision.ItemStatus;

/** A joint meeting with its agenda: each blocker, the decision, who owns it, by when, and whether it is closed. */
record MeetingView(long id, String title, LocalDate heldOn, String location, String chair, List<Item> items) {

    /** An agenda item; {@code loopItemId}/{@code loop}: the 督办 item its decision went onto. */
    record Item(long id, BlockerView blocker, String decision, String ownerDepartment, LocalDate deadline, Long loopItemId,
                ItemStatus loop) {

        public boolean closed() {
            return blocker.status() == BlockerStatus.RESOLVED;
        }
    }

    public long openCount() {
        return items.stream().filter(i -> !i.closed()).count();
    }
}
