package org.fagai.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working days and working time under China's public holiday schedule.
 *
 * <p>A date is a working day iff it is Monday–Friday and not a listed day off, or it is a listed adjusted
 * working day (调休上班). For a year whose schedule is not announced only weekends are known; results that
 * touch such a year are marked provisional.
 *
 * <p>Immutable and thread-safe. Plain JDK: the special days are loaded elsewhere.
 */
public final class WorkCalendar {

    /** Largest count of working days {@link #addWorkingDays} accepts. */
    public static final int MAX_WORKING_DAYS = 10_000;

    /** A run of non-working days longer than this means the calendar is broken (guards endless loops). */
    private static final int MAX_NON_WORKING_RUN = 3_660;

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final Map<LocalDate, SpecialDay> specialDays;
    private final Set<Integer> announcedYears;
    private final WorkingHours workingHours;
    /** Period bounds as nanos of day, for fast arithmetic. */
    private final long[] periodStarts;
    private final long[] periodEnds;
    private final long nanosPerDay;

    /**
     * @param specialDays    holidays and adjusted working days; a date may appear twice only with the same
     *                       {@code offDay}
     * @param announcedYears years whose schedule the State Council has announced
     * @param workingHours   the working periods of a working day
     * @throws IllegalArgumentException if a date is listed both as a day off and as a working day
     */
    public WorkCalendar(Collection<SpecialDay> specialDays, Set<Integer> announcedYears, WorkingHours workingHours) {
        Objects.requireNonNull(specialDays, "特殊日期不能为空");
        Objects.requireNonNull(announcedYears, "已公布年份不能为空");
        Objects.requireNonNull(workingHours, "工作时间不能为空");
        Map<LocalDate, SpecialDay> byDate = new HashMap<>();
        for (SpecialDay day : specialDays) {
            Objects.requireNonNull(day, "特殊日期不能为空");
            SpecialDay existing = byDate.putIfAbsent(day.date(), day);
            if (existing != null && existing.offDay() != day.offDay()) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.calendar.both", day.date()));
            }
        }
        this.specialDays = Map.copyOf(byDate);
        this.announcedYears = Set.copyOf(announcedYears);
        this.workingHours = workingHours;
        List<WorkingHours.WorkingPeriod> periods = workingHours.periods();
        this.periodStarts = new long[periods.size()];
        this.periodEnds = new long[periods.size()];
        long perDay = 0;
        for (int i = 0; i < periods.size(); i++) {
            periodStarts[i] = periods.get(i).start().toNanoOfDay();
            periodEnds[i] = periods.get(i).end().toNanoOfDay();
            perDay += periodEnds[i] - periodStarts[i];
        }
        if (perDay <= 0) {
            throw new IllegalArgumentException("工作时间不能为零");
        }
        this.nanosPerDay = perDay;
    }

    public WorkingHours workingHours() {
        return workingHours;
    }

    public Set<Integer> announcedYears() {
        return announcedYears;
    }

    /** All special days, by date. */
    public List<SpecialDay> specialDays() {
        return specialDays.values().stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
    }

    /** The holiday or adjusted working day listed for {@code date}, if any. */
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.ofNullable(specialDays.get(Objects.requireNonNull(date, "日期不能为空")));
    }

    public boolean isWorkday(LocalDate date) {
        SpecialDay special = specialDays.get(Objects.requireNonNull(date, "日期不能为空"));
        if (special != null) {
            return !special.offDay();
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The holiday name of a listed day off or adjusted working day ("春节"); empty on ordinary days. */
    public Optional<String> dayName(LocalDate date) {
        return specialDay(date).map(SpecialDay::name);
    }

    public boolean isAnnounced(int year) {
        return announcedYears.contains(year);
    }

    /**
     * The N-th working day after {@code from}; {@code from} itself is not counted (期间开始的当日不计入).
     * {@code n = 0} returns {@code from}.
     *
     * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_WORKING_DAYS}
     */
    public DateDeadline addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "起始日期不能为空");
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("工作日天数须在 0 到 " + MAX_WORKING_DAYS + " 之间：" + n);
        }
        LocalDate day = from;
        int counted = 0;
        int run = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkday(day)) {
                counted++;
                run = 0;
            } else {
                checkRun(++run, from);
            }
        }
        return new DateDeadline(day, touchesUnannounced(from, day));
    }

    /** {@link #addWorkingMinutes} with {@code hours * 60} minutes. */
    public TimeDeadline addWorkingHours(LocalDateTime from, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("工作小时数不能为负：" + hours);
        }
        return addWorkingMinutes(from, hours * 60L);
    }

    /**
     * The moment {@code minutes} of working time after {@code from}, counting only working periods on working
     * days. A start outside working time counts from the next working moment. A count that runs out exactly at
     * the end of a period ends there (12:00, not 13:00). {@code minutes = 0} returns {@code from}.
     *
     * @throws IllegalArgumentException if {@code minutes} is negative or more than
     *                                  {@link #MAX_WORKING_DAYS} working days' worth
     */
    public TimeDeadline addWorkingMinutes(LocalDateTime from, long minutes) {
        Objects.requireNonNull(from, "起始时间不能为空");
        long maxMinutes = MAX_WORKING_DAYS * (nanosPerDay / NANOS_PER_MINUTE);
        if (minutes < 0 || minutes > maxMinutes) {
            throw new IllegalArgumentException("工作时间分钟数须在 0 到 " + maxMinutes + " 之间：" + minutes);
        }
        if (minutes == 0) {
            return new TimeDeadline(from, touchesUnannounced(from.toLocalDate(), from.toLocalDate()));
        }
        long remaining = minutes * NANOS_PER_MINUTE;
        LocalDate day = from.toLocalDate();
        // The start day: only the part of each period after the start time counts.
        if (isWorkday(day)) {
            long startNanos = from.toLocalTime().toNanoOfDay();
            for (int i = 0; i < periodStarts.length; i++) {
                if (startNanos >= periodEnds[i]) {
                    continue;
                }
                long segmentStart = Math.max(startNanos, periodStarts[i]);
                long available = periodEnds[i] - segmentStart;
                if (remaining <= available) {
                    return timeDeadline(from, day, segmentStart + remaining);
                }
                remaining -= available;
            }
        }
        // Following days: whole working days at once, then period by period on the last one.
        int run = 0;
        while (true) {
            day = day.plusDays(1);
            if (!isWorkday(day)) {
                checkRun(++run, from.toLocalDate());
                continue;
            }
            run = 0;
            if (remaining > nanosPerDay) {
                remaining -= nanosPerDay;
                continue;
            }
            for (int i = 0; i < periodStarts.length; i++) {
                long length = periodEnds[i] - periodStarts[i];
                if (remaining <= length) {
                    return timeDeadline(from, day, periodStarts[i] + remaining);
                }
                remaining -= length;
            }
            throw new AssertionError("unreachable: remaining working time exceeds a working day");
        }
    }

    /**
     * Working minutes (whole minutes, rounded down) between {@code from} and {@code to}: the time inside working
     * periods on working days. 0 if {@code to} is not after {@code from}. For any {@code t} and {@code m},
     * {@code workingMinutesBetween(t, addWorkingMinutes(t, m).deadline()) == m}.
     */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        Objects.requireNonNull(from, "起始时间不能为空");
        Objects.requireNonNull(to, "结束时间不能为空");
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate firstDay = from.toLocalDate();
        LocalDate lastDay = to.toLocalDate();
        long fromNanos = from.toLocalTime().toNanoOfDay();
        long toNanos = to.toLocalTime().toNanoOfDay();
        if (firstDay.equals(lastDay)) {
            return isWorkday(firstDay) ? workingNanosWithin(fromNanos, toNanos) / NANOS_PER_MINUTE : 0;
        }
        long total = 0;
        if (isWorkday(firstDay)) {
            total += workingNanosWithin(fromNanos, Long.MAX_VALUE);
        }
        for (LocalDate day = firstDay.plusDays(1); day.isBefore(lastDay); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                total += nanosPerDay;
            }
        }
        if (isWorkday(lastDay)) {
            total += workingNanosWithin(0, toNanos);
        }
        return total / NANOS_PER_MINUTE;
    }

    /**
     * The end of the last working period of {@code date} (18:00 by default): the moment a deadline of
     * "the end of the N-th working day" falls due. Does not check that {@code date} is a working day.
     */
    public LocalDateTime endOfWorkday(LocalDate date) {
        return Objects.requireNonNull(date, "日期不能为空").atTime(workingHours.dayEnd());
    }

    private long workingNanosWithin(long fromNanos, long toNanos) {
        long total = 0;
        for (int i = 0; i < periodStarts.length; i++) {
            long start = Math.max(fromNanos, periodStarts[i]);
            long end = Math.min(toNanos, periodEnds[i]);
            if (end > start) {
                total += end - start;
            }
        }
        return total;
    }

    private TimeDeadline timeDeadline(LocalDateTime from, LocalDate day, long nanoOfDay) {
        LocalDateTime deadline = day.atTime(LocalTime.ofNanoOfDay(nanoOfDay));
        return new TimeDeadline(deadline, touchesUnannounced(from.toLocalDate(), day));
    }

    private boolean touchesUnannounced(LocalDate first, LocalDate last) {
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!announcedYears.contains(year)) {
                return true;
            }
        }
        return false;
    }

    private static void checkRun(int run, LocalDate from) {
        if (run > MAX_NON_WORKING_RUN) {
            throw new IllegalStateException("工作日历自 " + from + " 起连续 " + MAX_NON_WORKING_RUN + " 天以上没有工作日");
        }
    }

    @Override
    public String toString() {
        return "WorkCalendar[specialDays=" + specialDays.size() + ", announcedYears=" + announcedYears.stream().sorted().toList()
                + ", workingHours=" + workingHours.format() + "]";
    }
}
