package org.fagai.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.CalendarChanged;
import org.fagai.calendar.DayInfo;
import org.fagai.calendar.DayKind;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.calendar.YearSchedule;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.SpecialDay;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.WorkingHours;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class JdbcWorkingCalendar implements WorkingCalendar {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final WorkingHours hours;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private final long revisionCheckNanos;

    /** The calendar as loaded, the database's revision it was loaded at, and when that revision was last compared. */
    private record Snapshot(long revision, WorkCalendar calendar, long checkedAt) {
    }

    JdbcWorkingCalendar(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
                        @Value("${fagai.working-hours}") String workingHours,
                        @Value("${fagai.calendar.revision-check:1s}") Duration revisionCheck) {
        this.revisionCheckNanos = revisionCheck.toNanos();
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.hours = WorkingHours.parse(workingHours);
    }

    /**
     * The calendar kept in memory, reloaded when the one-row revision (bumped by triggers on every change, on any
     * instance behind the load balancer) differs from the one it was loaded at. The revision is compared at most once
     * per {@code fagai.calendar.revision-check} (1 s), so a list that computes many clocks costs no extra statement;
     * this instance's own changes are seen as soon as they commit.
     */
    @Override
    public WorkCalendar current() {
        long now = System.nanoTime();
        Snapshot kept = snapshot.get();
        if (kept != null && now - kept.checkedAt() < revisionCheckNanos) {
            return kept.calendar();
        }
        long revision = revision();
        if (kept != null && kept.revision() == revision) {
            snapshot.compareAndSet(kept, new Snapshot(revision, kept.calendar(), now));
            return kept.calendar();
        }
        return load(revision);
    }

    /** Drops the kept calendar once this transaction commits, before the {@link CalendarChanged} listeners run. */
    private void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot.set(null);
                }
            });
        } else {
            snapshot.set(null);
        }
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
    }

    /** Read the revision before the rows: a change in between only makes the next call load once more. */
    private WorkCalendar load(long revision) {
        List<SpecialDay> days = jdbc.sql("SELECT day, name, off_day FROM calendar_day")
                .query((rs, i) -> new SpecialDay(rs.getObject("day", LocalDate.class), rs.getString("name"),
                        rs.getBoolean("off_day"))).list();
        Set<Integer> announced = new HashSet<>(jdbc.sql("SELECT year FROM calendar_year WHERE announced")
                .query(Integer.class).list());
        WorkCalendar calendar = new WorkCalendar(days, announced, hours);
        snapshot.set(new Snapshot(revision, calendar, System.nanoTime()));
        return calendar;
    }

    @Override
    public DayInfo day(LocalDate date) {
        return day(current(), date);
    }

    private static DayInfo day(WorkCalendar calendar, LocalDate date) {
        DayKind kind = calendar.specialDay(date)
                .map(d -> d.offDay() ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKDAY).orElse(DayKind.ORDINARY);
        return new DayInfo(date, calendar.isWorkday(date), calendar.dayName(date).orElse(null), kind);
    }

    @Override
    public List<DayInfo> month(YearMonth month) {
        WorkCalendar calendar = current();
        List<DayInfo> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            days.add(day(calendar, d));
        }
        return days;
    }

    @Override
    public List<YearSchedule> years() {
        return jdbc.sql("""
                SELECT y.year, y.announced, y.papers, y.loaded_at,
                       (SELECT count(*) FROM calendar_day d WHERE extract(year FROM d.day) = y.year AND d.off_day) AS holidays,
                       (SELECT count(*) FROM calendar_day d WHERE extract(year FROM d.day) = y.year AND NOT d.off_day) AS adjusted
                FROM calendar_year y ORDER BY y.year DESC""")
                .query((rs, i) -> new YearSchedule(rs.getInt("year"), rs.getBoolean("announced"), rs.getInt("holidays"),
                        rs.getInt("adjusted"), rs.getString("papers"), rs.getObject("loaded_at", OffsetDateTime.class)))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public YearSchedule importSchedule(byte[] json) {
        ScheduleFile file = ScheduleFile.parse(json);
        store(file);
        audit.record(AuditAction.IMPORT, "calendar", String.valueOf(file.year()),
                StoredText.of("calendar.audit.holidays.imported", file.year(), file.days().size()));
        forgetAfterCommit();
        events.publishEvent(new CalendarChanged(file.year()));
        return years().stream().filter(y -> y.year() == file.year()).findFirst().orElseThrow();
    }

    /** Without audit or security: used by the first-start loader. */
    void store(ScheduleFile file) {
        jdbc.sql("DELETE FROM calendar_day WHERE day BETWEEN ? AND ?")
                .params(LocalDate.of(file.year(), 1, 1), LocalDate.of(file.year(), 12, 31)).update();
        for (SpecialDay day : file.days()) {
            jdbc.sql("""
                    INSERT INTO calendar_day (day, name, off_day) VALUES (?, ?, ?)
                    ON CONFLICT (day) DO UPDATE SET name = excluded.name, off_day = excluded.off_day""")
                    .params(day.date(), day.name(), day.offDay()).update();
        }
        jdbc.sql("""
                INSERT INTO calendar_year (year, announced, papers, loaded_at) VALUES (?, ?, ?, now())
                ON CONFLICT (year) DO UPDATE SET announced = excluded.announced, papers = excluded.papers, loaded_at = now()""")
                .params(file.year(), !file.days().isEmpty(), String.join("\n", file.papers())).update();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setDay(LocalDate date, DayKind kind, String name) {
        DayInfo before = day(date);
        if (kind == DayKind.ORDINARY) {
            jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(date).update();
        } else {
            String label = name == null ? "" : name.trim();
            if (label.isEmpty() || label.length() > 50) {
                throw FieldErrors.of("name", StoredText.of("calendar.error.nameRequired"));
            }
            jdbc.sql("""
                    INSERT INTO calendar_day (day, name, off_day) VALUES (?, ?, ?)
                    ON CONFLICT (day) DO UPDATE SET name = excluded.name, off_day = excluded.off_day""")
                    .params(date, label, kind == DayKind.HOLIDAY).update();
        }
        audit.record(AuditAction.UPDATE, "calendar", date.toString(),
                StoredText.of("calendar.audit.changed", describe(before.kind(), before.name()),
                        describe(kind, kind == DayKind.ORDINARY ? null : name.trim())));
        forgetAfterCommit();
        events.publishEvent(new CalendarChanged(date.getYear()));
    }

    /** A day's kind in the reader's language, with its name (国庆节) when it has one: a stored sentence for the audit. */
    private static String describe(DayKind kind, String name) {
        StoredText.Label label = StoredText.label("calendar.kind." + kind.name());
        return name == null ? StoredText.of("calendar.audit.day", label) : StoredText.of("calendar.audit.dayNamed", label, name);
    }
}
