package org.fagai.approval.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ClockState;
import org.fagai.shared.WorkCalendar;

/**
 * Reads an application's promised-time clock on the official calendar: the working time left, and the state — warning
 * when less than a quarter of the limit is left, overdue after the deadline; a stopped clock keeps what was left when
 * it stopped, a decided one what was left at the decision.
 */
final class ApplicationClock {

    private final Application application;
    private final WorkCalendar calendar;

    ApplicationClock(Application application, WorkCalendar calendar) {
        this.application = application;
        this.calendar = calendar;
    }

    /** The clock at {@code now}; null before acceptance and for withdrawn applications. */
    ClockReading at(LocalDateTime now) {
        Application a = application;
        if (a.acceptedAt() == null || a.status() == ApplicationStatus.WITHDRAWN) {
            return null;
        }
        LocalDateTime deadline = a.deadline();
        return switch (a.status()) {
            case APPROVED, REJECTED -> new ClockReading(deadline, remainingAt(a.closedAt()),
                    Boolean.TRUE.equals(a.outcome().onTime()) ? ClockState.NORMAL : ClockState.OVERDUE, false, a.countdown().deadlineProvisional());
            case SUSPENDED, STOPPED -> {
                long left = a.countdown().remainingAtSuspension();
                boolean late = a.stoppedAt().isAfter(deadline) || left < 0;
                yield new ClockReading(null, left, late ? ClockState.OVERDUE : warnOrNormal(left), false,
                        a.countdown().deadlineProvisional());
            }
            default -> {
                long remaining = remainingAt(now);
                yield new ClockReading(deadline, remaining, now.isAfter(deadline) ? ClockState.OVERDUE : warnOrNormal(remaining),
                        true, a.countdown().deadlineProvisional());
            }
        };
    }

    /**
     * The first minute at which the running clock reads warning (or worse). The working time left only falls as time
     * passes, so the state is monotone in time: a binary search over {@link #at}, the one definition of the states.
     */
    LocalDateTime firstWarningMoment() {
        LocalDateTime deadline = application.deadline();
        LocalDateTime start = application.acceptedAt().isBefore(deadline) ? application.acceptedAt() : deadline;
        long low = 0;
        long high = ChronoUnit.MINUTES.between(start, deadline);   // at the deadline itself no time is left: warning
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (at(start.plusMinutes(middle)).state() == ClockState.NORMAL) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return start.plusMinutes(low);
    }

    /** When the step's counted working time passes its share of the limit; null while the clock stands short of it. */
    LocalDateTime overShareMoment(ReviewStep step) {
        return application.pauses().afterCounted(step.startedAt(), application.countdown().limitMinutes() * step.sharePercent() / 100,
                calendar);
    }

    /** Working minutes left at {@code t}; negative after the deadline. */
    long remainingAt(LocalDateTime t) {
        LocalDateTime deadline = application.deadline();
        return t.isAfter(deadline) ? -calendar.workingMinutesBetween(deadline, t) : calendar.workingMinutesBetween(t, deadline);
    }

    private ClockState warnOrNormal(long remaining) {
        return remaining * 4 < application.countdown().limitMinutes() ? ClockState.WARNING : ClockState.NORMAL;
    }
}
