package org.fagai.approval.internal;

/** A limit in working hours (counted in working time) or working days (ends at the end of the N-th working day). */
enum LimitUnit {
    HOURS, DAYS
}
