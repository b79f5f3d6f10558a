package org.fagai.calendar;

/** How a date differs from the plain Mon–Fri rule. */
public enum DayKind {
    /** Mon–Fri works, weekends rest. */
    ORDINARY,
    /** A public holiday (including the weekdays it absorbs). */
    HOLIDAY,
    /** A weekend made a working day (调休上班). */
    ADJUSTED_WORKDAY
}
