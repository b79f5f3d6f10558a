package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import org.fagai.approval.ClockState;
import org.fagai.shared.DateDeadline;
import org.fagai.shared.TimeDeadline;
import org.fagai.shared.WorkCalendar;

/**
 * The promised-time clock's stored facts: the limit, the deadline it gives, what was left when it stopped, and the
 * state last recorded for queries. An hour limit counts working time from acceptance; a day limit ends at the end of
 * the N-th working day after the acceptance day (that day not counted). A restart gives back the working time that was
 * left, so the deadline moves by exactly the time the clock stood still.
 */
@Embeddable
class Countdown {

    @Column(name = "limit_value")
    private Integer limitValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit")
    private LimitUnit limitUnit;
    @Column(name = "limit_minutes")
    private Long limitMinutes;
    private LocalDateTime deadline;
    @Column(name = "deadline_provisional")
    private boolean deadlineProvisional;
    @Column(name = "remaining_at_suspension")
    private Long remainingAtSuspension;
    @Column(name = "clock_stopped_at")
    private LocalDateTime stoppedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "clock_state")
    private ClockState clockState;
    @Column(name = "warning_at")
    private LocalDateTime warningAt;
    @Column(name = "clock_stale")
    private boolean clockStale;

    /** The clock started at {@code at} with {@code limit}. */
    static Countdown start(LocalDateTime at, TimeLimit limit, WorkCalendar calendar) {
        Countdown c = new Countdown();
        c.limitValue = limit.value();
        c.limitUnit = limit.unit();
        if (limit.unit() == LimitUnit.HOURS) {
            c.limitMinutes = limit.value() * 60L;
            TimeDeadline d = calendar.addWorkingMinutes(at, c.limitMinutes);
            c.deadline = d.deadline();
            c.deadlineProvisional = d.provisional();
        } else {
            c.limitMinutes = (long) limit.value() * calendar.workingHours().minutesPerDay();
            DateDeadline d = calendar.addWorkingDays(at.toLocalDate(), limit.value());
            c.deadline = calendar.endOfWorkday(d.deadline());
            c.deadlineProvisional = d.provisional();
        }
        return c;
    }

    /** The clock stops at {@code at} with {@code remaining} working minutes left (negative when already late). */
    void stop(LocalDateTime at, long remaining) {
        this.remainingAtSuspension = remaining;
        this.stoppedAt = at;
    }

    /** The clock runs again at {@code at}; stopped after the deadline, the deadline stays (the time was already lost). */
    void restart(LocalDateTime at, LocalDateTime stoppedSince, WorkCalendar calendar) {
        if (!stoppedSince.isAfter(deadline)) {
            moveDeadline(calendar.addWorkingMinutes(at, Math.max(0, remainingAtSuspension)));
        }
        this.remainingAtSuspension = null;
        this.stoppedAt = null;
    }

    /** An approved extension of {@code days} working days: the deadline, the limit and a stopped clock's rest grow. */
    void extend(int days, boolean stopped, WorkCalendar calendar) {
        long minutes = (long) days * calendar.workingHours().minutesPerDay();
        moveDeadline(calendar.addWorkingMinutes(deadline, minutes));
        if (stopped) {
            this.remainingAtSuspension += minutes;
        }
        this.limitMinutes += minutes;
    }

    /** The state at the last clock event and, while running, the moment it turns to warning (null otherwise). */
    void record(ClockState state, LocalDateTime warningFrom) {
        this.clockState = state;
        this.warningAt = warningFrom;
        this.clockStale = false;
    }

    private void moveDeadline(TimeDeadline d) {
        this.deadline = d.deadline();
        this.deadlineProvisional |= d.provisional();
    }

    Integer limitValue() { return limitValue; }
    LimitUnit limitUnit() { return limitUnit; }
    Long limitMinutes() { return limitMinutes; }
    LocalDateTime deadline() { return deadline; }
    boolean deadlineProvisional() { return deadlineProvisional; }
    Long remainingAtSuspension() { return remainingAtSuspension; }
    LocalDateTime stoppedAt() { return stoppedAt; }
    ClockState clockState() { return clockState; }
    LocalDateTime warningAt() { return warningAt; }
}
