package org.fagai.planning.internal.price;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Which collection a 同比 compares with: the one nearest to the same date a year earlier, at most {@code window} days
 * away on either side (the earlier one on a tie) — weekly collections fall on another date each year.
 */
final class YearAgo {

    private YearAgo() {
    }

    static <T> Map.Entry<LocalDate, T> nearest(NavigableMap<LocalDate, T> byDay, LocalDate day, int window) {
        LocalDate sameDay = day.minusYears(1);
        Map.Entry<LocalDate, T> before = byDay.floorEntry(sameDay);
        Map.Entry<LocalDate, T> after = byDay.ceilingEntry(sameDay);
        long beforeDays = before == null ? Long.MAX_VALUE : sameDay.toEpochDay() - before.getKey().toEpochDay();
        long afterDays = after == null ? Long.MAX_VALUE : after.getKey().toEpochDay() - sameDay.toEpochDay();
        Map.Entry<LocalDate, T> nearest = beforeDays <= afterDays ? before : after;
        return Math.min(beforeDays, afterDays) <= window ? nearest : null;
    }

    static LocalDate from(LocalDate day, int window) {
        return day.minusYears(1).minusDays(window);
    }

    static LocalDate to(LocalDate day, int window) {
        return day.minusYears(1).plusDays(window);
    }
}
