package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A package's visit plan: at least {@code perQuarter} visits in each calendar quarter (default 1). A package is behind
 * when the quarter has fewer visits than planned; the warning's due date is the quarter's last day.
 */
record VisitPlan(int perQuarter) {

    static final int DEFAULT = 1;
    static final int MAX = 30;

    static LocalDate quarterStart(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    static LocalDate quarterEnd(LocalDate day) {
        return quarterStart(day).plusMonths(3).minusDays(1);
    }

    boolean behind(long visitsThisQuarter) {
        return visitsThisQuarter < perQuarter;
    }
}
