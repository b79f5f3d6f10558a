package org.fagai.project.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import org.fagai.project.internal.blockers.BlockerStatus;
import org.fagai.project.internal.blockers.BlockerView;

/** A joint meeting with its agenda: each blocker, the decision, who owns it, by when, and whether it is closed. */
record MeetingView(long id, String title, LocalDate heldOn, String location, String chair, List<Item> items) {

    record Item(long id, BlockerView blocker, String decision, String ownerDepartment, LocalDate deadline) {

        public boolean closed() {
            return blocker.status() == BlockerStatus.RESOLVED;
        }
    }

    public long openCount() {
        return items.stream().filter(i -> !i.closed()).count();
    }
}
