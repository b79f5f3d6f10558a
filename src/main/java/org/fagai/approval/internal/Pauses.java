package org.fagai.approval.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.fagai.shared.WorkCalendar;

/**
 * The periods an application's clock stood still (补正 and the stops the law excludes), in order and disjoint: the one
 * place where counted time is told from excluded time. An open pause runs to the end of time.
 */
final class Pauses {

    record Pause(LocalDateTime start, LocalDateTime end) {

        LocalDateTime endOr(LocalDateTime open) {
            return end == null ? open : end;
        }
    }

    private final List<Pause> pauses;

    Pauses(List<Pause> pauses) {
        this.pauses = pauses.stream().sorted(Comparator.comparing(Pause::start)).toList();
    }

    /** Working minutes between {@code from} and {@code to} that the clock counted (outside every pause). */
    long counted(LocalDateTime from, LocalDateTime to, WorkCalendar calendar) {
        long total = 0;
        LocalDateTime t = from;
        for (Pause p : pauses) {
            if (!t.isBefore(to)) {
                return total;
            }
            LocalDateTime end = p.endOr(LocalDateTime.MAX);
            if (!end.isAfter(t)) {
                continue;
            }
            if (p.start().isAfter(t)) {
                total += calendar.workingMinutesBetween(t, p.start().isBefore(to) ? p.start() : to);
            }
            t = end;
        }
        return t.isBefore(to) ? total + calendar.workingMinutesBetween(t, to) : total;
    }

    /** Working minutes between {@code from} and {@code to} inside pauses: excluded from the limit. */
    long excluded(LocalDateTime from, LocalDateTime to, WorkCalendar calendar) {
        return calendar.workingMinutesBetween(from, to) - counted(from, to, calendar);
    }

    /**
     * The moment {@code minutes} of counted time after {@code from} have run, skipping the pauses; null when an open
     * pause comes first (the moment is unknown until the clock restarts).
     */
    LocalDateTime afterCounted(LocalDateTime from, long minutes, WorkCalendar calendar) {
        long need = minutes;
        LocalDateTime t = from;
        for (Pause p : pauses) {
            LocalDateTime end = p.endOr(LocalDateTime.MAX);
            if (!end.isAfter(t)) {
                continue;
            }
            if (p.start().isAfter(t)) {
                long available = calendar.workingMinutesBetween(t, p.start());
                if (available >= need) {
                    return calendar.addWorkingMinutes(t, need).deadline();
                }
                need -= available;
            }
            if (p.end() == null) {
                return null;
            }
            t = end;
        }
        return calendar.addWorkingMinutes(t, need).deadline();
    }
}
