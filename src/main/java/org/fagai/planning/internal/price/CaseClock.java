package org.fagai.planning.internal.price;

import java.time.LocalDate;
import org.fagai.shared.WorkCalendar;

/**
 * How a 价格认证 case's time reads, in working days of the official calendar: an open case's days left (or overdue),
 * a finished one's outcome and the working days it took — never a countdown for a finished case.
 */
record CaseClock(String kind, int workingDays) {

    static CaseClock of(WorkCalendar calendar, String state, LocalDate requested, LocalDate deadline, LocalDate concluded,
                        LocalDate today) {
        if ("CONCLUDED".equals(state) && concluded != null) {
            return new CaseClock("USED", between(calendar, requested, concluded));
        }
        if (!"OPEN".equals(state)) {
            return new CaseClock("CANCELLED", 0);
        }
        if (today.isAfter(deadline)) {
            return new CaseClock("OVERDUE", between(calendar, deadline, today));
        }
        return new CaseClock(today.equals(deadline) ? "DUE_TODAY" : "LEFT", between(calendar, today, deadline));
    }

    /** Working days after {@code from} up to and including {@code to} (the start day not counted). */
    static int between(WorkCalendar calendar, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkday(d)) {
                n++;
            }
        }
        return n;
    }

    public String labelKey() {
        return "planning.cert.clock." + kind;
    }
}
