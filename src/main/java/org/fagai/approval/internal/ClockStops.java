package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import static org.fagai.approval.internal.Checks.max;
import static org.fagai.approval.internal.Checks.requireNotBefore;
import static org.fagai.approval.internal.Checks.requireReason;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.fagai.approval.ApplicationStatus;
import org.fagai.shared.WorkCalendar;

/**
 * The times an application's clock stands still: 补正 (suspension) and the stops the law excludes (技术评估, 专家评议,
 * 征求意见 where the kind says so, 听证/公示). Each stops the clock with the working time left; its end restarts it with
 * that time, so the deadline moves by exactly the excluded working time ({@link Pauses} tells counted from excluded).
 */
final class ClockStops {

    private final Application application;
    private final List<Suspension> suspensions;
    private final List<ClockStop> stops;

    ClockStops(Application application, List<Suspension> suspensions, List<ClockStop> stops) {
        this.application = application;
        this.suspensions = suspensions;
        this.stops = stops;
    }

    /** 补正: the clock stops with what is left. */
    void suspend(LocalDateTime at, String reason, String by, WorkCalendar calendar) {
        application.requireStatus(ApplicationStatus.ACCEPTED, StoredText.label("approval.error.step.suspend"));
        requireReason(reason, "approval.error.suspendReasonRequired");
        requireNotBefore(at, application.lastMoment(), "approval.error.suspendBeforeLast");
        application.stopClock(ApplicationStatus.SUSPENDED, at, calendar);
        suspensions.add(new Suspension(application, at, by, reason.strip()));
    }

    /** 补正完成: the clock restarts with the working time that was left when it stopped. */
    void resume(LocalDateTime at, String by, WorkCalendar calendar) {
        application.requireStatus(ApplicationStatus.SUSPENDED, StoredText.label("approval.error.step.resume"));
        Suspension open = openSuspension();
        requireNotBefore(at, open.startedAt(), "approval.error.resumeBeforeSuspend");
        open.end(at, by);
        application.restartClock(at, open.startedAt(), calendar);
    }

    /** 中止计时 for a period the law excludes; 征求意见 only where the kind's rules exclude it. */
    ClockStop startStop(StopKind stopKind, LocalDateTime at, String reason, Long documentId, String by,
                        WorkCalendar calendar, KindRules rules) {
        Objects.requireNonNull(stopKind, "请选择中止计时的事由");
        application.requireStatus(ApplicationStatus.ACCEPTED, StoredText.label("approval.error.step.stop"));
        requireReason(reason, "approval.error.stopReasonRequired");
        if (stopKind == StopKind.CONSULTATION && !rules.consultationExcluded()) {
            throw new RuleViolation(StoredText.of("approval.error.consultationCounted", StoredText.label(application.kind().labelKey())));
        }
        requireNotBefore(at, application.lastMoment(), "approval.error.stopBeforeLast");
        application.stopClock(ApplicationStatus.STOPPED, at, calendar);
        ClockStop stop = new ClockStop(application, stopKind, at, by, reason.strip(), documentId);
        stops.add(stop);
        return stop;
    }

    /** The stop ends: the clock restarts with the working time that was left when it stopped. */
    void endStop(long stopId, LocalDateTime at, Long documentId, String by, WorkCalendar calendar) {
        application.requireStatus(ApplicationStatus.STOPPED, StoredText.label("approval.error.step.resume"));
        ClockStop open = openStop();
        if (!Objects.equals(open.id(), stopId)) {
            throw new RuleViolation(StoredText.of("approval.error.otherStopOpen", StoredText.label(open.kind().labelKey()), open.id()));
        }
        endOpenStop(open, at, documentId, by, calendar);
    }

    void endOpenStop(ClockStop open, LocalDateTime at, Long documentId, String by, WorkCalendar calendar) {
        requireNotBefore(at, open.startedAt(), "approval.error.resumeBeforeStop");
        open.end(at, by, documentId);
        application.restartClock(at, open.startedAt(), calendar);
    }

    /** A withdrawal ends whatever stop is open, without restarting the clock. */
    void endAllAt(LocalDateTime at, String by) {
        suspensions.stream().filter(Suspension::isOpen).forEach(s -> s.end(at, by));
        stops.stream().filter(ClockStop::isOpen).forEach(s -> s.end(at, by, null));
    }

    /** The latest moment of a stop, or {@code since} when none is later. */
    LocalDateTime lastMoment(LocalDateTime since) {
        LocalDateTime last = since;
        for (Suspension s : suspensions) {
            last = max(last, s.endedAt() != null ? max(s.startedAt(), s.endedAt()) : s.startedAt());
        }
        for (ClockStop s : stops) {
            last = max(last, s.endedAt() != null ? max(s.startedAt(), s.endedAt()) : s.startedAt());
        }
        return last;
    }

    /** The periods the clock stood still, in order. */
    Pauses pauses() {
        return new Pauses(Stream.concat(
                suspensions.stream().map(p -> new Pauses.Pause(p.startedAt(), p.endedAt())),
                stops.stream().map(p -> new Pauses.Pause(p.startedAt(), p.endedAt()))).toList());
    }

    ClockStop openStop() {
        return stops.stream().filter(ClockStop::isOpen).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open stop"));
    }

    Suspension openSuspension() {
        return suspensions.stream().filter(Suspension::isOpen).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open suspension"));
    }
}
