package org.fagai.calendar;

/** An administrator changed the working-day calendar of {@code year} (a day edited or a schedule loaded). */
public record CalendarChanged(int year) {
}
