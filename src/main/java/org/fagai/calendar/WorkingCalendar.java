package org.fagai.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.shared.WorkCalendar;

/**
 * The official working-day calendar: State Council holidays and adjusted working days, loaded from the
 * shipped schedules and kept up to date by administrators without a release.
 */
public interface WorkingCalendar {

    /** An immutable snapshot for deadline arithmetic; replaced whenever the schedule changes. */
    WorkCalendar current();

    DayInfo day(LocalDate date);

    List<DayInfo> month(YearMonth month);

    List<YearSchedule> years();

    /** Replaces one year's schedule from a JSON file in the holiday-cn schema; returns the year loaded. */
    YearSchedule importSchedule(byte[] json);

    void setDay(LocalDate date, DayKind kind, String name);
}
