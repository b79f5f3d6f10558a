package org.fagai.planning.internal.price;

import java.time.LocalDate;

/** A public holiday's days off, e.g. 春节 2026-02-15 to 2026-02-23. */
record HolidayPeriod(String name, LocalDate start, LocalDate end) {

    /** The first day of daily collection before it. */
    public LocalDate dailyFrom(int leadDays) {
        return start.minusDays(leadDays);
    }

    public boolean coversDaily(LocalDate date, int leadDays) {
        return !date.isBefore(dailyFrom(leadDays)) && !date.isAfter(end);
    }

    public String label() {
        return start.getYear() + "年" + name;
    }
}
