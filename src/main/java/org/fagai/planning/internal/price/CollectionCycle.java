package org.fagai.planning.internal.price;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.SpecialDay;
import org.fagai.shared.WorkCalendar;

/**
 * When prices are collected: weekly on one weekday, and daily from {@code leadDays} before each public holiday of the
 * official calendar to its last day off. A holiday is a run of listed days off of one name (gaps of a weekend allowed).
 */
final class CollectionCycle {

    enum Frequency { DAILY, WEEKLY, NONE }

    private static final int MAX_GAP_DAYS = 3;

    private final WorkCalendar calendar;
    private final DayOfWeek weeklyDay;
    private final int leadDays;

    CollectionCycle(WorkCalendar calendar, DayOfWeek weeklyDay, int leadDays) {
        this.calendar = calendar;
        this.weeklyDay = weeklyDay;
        this.leadDays = leadDays;
    }

    int leadDays() {
        return leadDays;
    }

    /** The holidays whose first day off falls in {@code year}, in date order. */
    List<HolidayPeriod> holidays(int year) {
        List<SpecialDay> offDays = calendar.specialDays().stream().filter(SpecialDay::offDay)
                .filter(d -> Math.abs(d.date().getYear() - year) <= 1)
                .sorted(Comparator.comparing(SpecialDay::date)).toList();
        List<HolidayPeriod> periods = new ArrayList<>();
        HolidayPeriod current = null;
        for (SpecialDay day : offDays) {
            if (current != null && current.name().equals(day.name())
                    && !day.date().isAfter(current.end().plusDays(MAX_GAP_DAYS))) {
                current = new HolidayPeriod(current.name(), current.start(), day.date());
                periods.set(periods.size() - 1, current);
            } else {
                current = new HolidayPeriod(day.name(), day.date(), day.date());
                periods.add(current);
            }
        }
        return periods.stream().filter(p -> p.start().getYear() == year).toList();
    }

    /** The holiday whose daily collection covers {@code date}, if any. */
    Optional<HolidayPeriod> dailyWindow(LocalDate date) {
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            for (HolidayPeriod p : holidays(year)) {
                if (p.coversDaily(date, leadDays)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    Frequency frequency(LocalDate date) {
        if (dailyWindow(date).isPresent()) {
            return Frequency.DAILY;
        }
        return date.getDayOfWeek() == weeklyDay ? Frequency.WEEKLY : Frequency.NONE;
    }

    boolean isCollectionDay(LocalDate date) {
        return frequency(date) != Frequency.NONE;
    }

    /** Every collection day from {@code from} to {@code to}, inclusive. */
    List<LocalDate> collectionDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isCollectionDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The last collection day strictly before {@code date} (at most a year back). */
    Optional<LocalDate> previousCollectionDay(LocalDate date) {
        for (LocalDate d = date.minusDays(1); d.isAfter(date.minusYears(1)); d = d.minusDays(1)) {
            if (isCollectionDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
