package org.fagai.planning.internal.livelihood;

import java.time.LocalDate;

/** A reporting round: the districts under {@code parentCode} report a year (half 0) or its first half (half 1). */
record Round(long id, String parentCode, int year, int half, LocalDate dueOn) {

    public String label() {
        return year + (half == 1 ? "年上半年" : "年度");
    }
}
