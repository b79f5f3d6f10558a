package org.fagai.calendar;

import java.time.OffsetDateTime;

public record YearSchedule(int year, boolean announced, int holidayCount, int adjustedWorkdayCount, String papers,
                           OffsetDateTime loadedAt) {
}
