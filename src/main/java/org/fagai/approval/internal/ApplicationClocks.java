package org.fagai.approval.internal;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.approval.ClockState;
import org.fagai.calendar.CalendarChanged;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.WorkCalendar;
import org.hibernate.jpa.HibernateHints;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the clock state stored on each application current: rows nobody has computed yet (after the migration, a bulk
 * load or a calendar change) are read through {@link Application#recordClock} (the open review step's over-share moment
 * with them); running clocks that crossed their
 * warning moment or deadline get the new state. The list's state filter is exact between runs anyway (it compares the
 * stored moments with now); this keeps {@code clock_state} itself true for every other reader.
 */
@Component
class ApplicationClocks {

    private static final int BATCH = 1_000;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ApplicationClocks(EntityManager entityManager, JdbcTemplate jdbc, TransactionTemplate transactions,
                      WorkingCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every minute by default ({@code fagai.approval.clock-job-cron}; "-" turns it off, as the benchmark does). */
    @Scheduled(cron = "${fagai.approval.clock-job-cron:0 * * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "approval-clocks", lockAtMostFor = "PT30M")
    public void everyMinute() {
        recomputeStale();
        advanceRunning();
    }

    /** The calendar moved working time: every running clock's warning moment is computed again. */
    @ApplicationModuleListener
    void on(CalendarChanged changed) {
        jdbc.update("UPDATE approval_application SET clock_stale = TRUE WHERE warning_at IS NOT NULL");
        recomputeStale();
    }

    /** Computes the stored clock of every stale row through the aggregate; returns how many. */
    int recomputeStale() {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            long[] batch = transactions.execute(status -> recomputeBatch(from));
            if (batch == null || batch[0] == 0) {
                return done;
            }
            done += (int) batch[0];
            after = batch[1];
        }
    }

    /** {rows, last id}: reads a batch read-only and writes only the clock columns, unless a step wrote them meanwhile. */
    private long[] recomputeBatch(long after) {
        List<Long> ids = entityManager.createQuery("select a.id from Application a where a.countdown.clockStale and a.id > :after"
                + " order by a.id", Long.class).setParameter("after", after).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return new long[] {0, 0};
        }
        List<Application> applications = entityManager.createQuery("select distinct a from Application a"
                        + " left join fetch a.suspensions where a.id in :ids", Application.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        LocalDateTime now = now();
        WorkCalendar cal = calendar.current();
        List<Object[]> rows = applications.stream().map(a -> {
            a.recordClock(now, cal);
            return new Object[] {a.countdown().clockState() == null ? null : a.countdown().clockState().name(),
                    a.countdown().warningAt() == null ? null : Timestamp.valueOf(a.countdown().warningAt()), a.id()};
        }).toList();
        jdbc.batchUpdate("UPDATE approval_application SET clock_state = ?, warning_at = ?, clock_stale = FALSE"
                + " WHERE id = ? AND clock_stale", rows);
        List<Object[]> steps = applications.stream().flatMap(a -> a.steps().stream()).filter(ReviewStep::isOpen)
                .map(step -> new Object[] {step.overShareAt() == null ? null : Timestamp.valueOf(step.overShareAt()), step.id()})
                .toList();
        jdbc.batchUpdate("UPDATE approval_review_step SET over_share_at = ? WHERE id = ? AND finished_at IS NULL", steps);
        entityManager.clear();
        return new long[] {ids.size(), ids.get(ids.size() - 1)};
    }

    /** Running clocks whose stored moments have passed take the state those moments mean; returns how many. */
    int advanceRunning() {
        LocalDateTime now = now();
        Integer changed = transactions.execute(status -> jdbc.update("""
                UPDATE approval_application SET clock_state = ?
                WHERE warning_at IS NOT NULL AND deadline < ? AND clock_state <> ?""",
                ClockState.OVERDUE.name(), Timestamp.valueOf(now), ClockState.OVERDUE.name())
                + jdbc.update("""
                UPDATE approval_application SET clock_state = ?
                WHERE warning_at <= ? AND deadline >= ? AND clock_state = ?""",
                ClockState.WARNING.name(), Timestamp.valueOf(now), Timestamp.valueOf(now), ClockState.NORMAL.name()));
        return changed == null ? 0 : changed;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }
}
