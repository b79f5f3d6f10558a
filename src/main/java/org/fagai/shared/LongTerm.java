package org.fagai.shared;

import java.time.LocalDate;

/** 长期: national data items (XK_YXQZI, CF_YXQ) write a validity without end as 2099-12-31. */
public final class LongTerm {

    public static final LocalDate DATE = LocalDate.of(2099, 12, 31);

    private LongTerm() {
    }

    public static boolean is(LocalDate date) {
        return DATE.equals(date);
    }
}
