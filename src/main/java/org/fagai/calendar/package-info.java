/**
 * The State Council working-day calendar (法定节假日与调休): holidays and adjusted working days per year, loaded and
 * changed by administrators. Its API: {@link org.fagai.calendar.WorkingCalendar}, the calendar every deadline uses.
 */
package org.fagai.calendar;
