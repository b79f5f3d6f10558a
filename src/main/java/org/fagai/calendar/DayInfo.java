package org.fagai.calendar;

import java.time.LocalDate;

public record DayInfo(LocalDate date, boolean workday, String name, DayKind kind) {
}
