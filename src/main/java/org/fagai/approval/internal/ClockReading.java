package org.fagai.approval.internal;

import java.time.LocalDateTime;
import org.fagai.approval.ClockState;

/**
 * The clock of an accepted application at a moment.
 *
 * @param deadline                when the limit runs out; null while suspended (the clock is stopped)
 * @param remainingWorkingMinutes working minutes left; negative = overdue by that much
 * @param running                 whether the clock is ticking (accepted, not suspended, not decided)
 * @param provisional             the deadline crosses a year whose holidays are not yet announced
 */
record ClockReading(LocalDateTime deadline, long remainingWorkingMinutes, ClockState state, boolean running,
                    boolean provisional) {
}
