package org.fagai.shared;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The years the platform works with (plans, statistics, reports): {@value #FIRST}–{@value #LAST}. Every year or month
 * that arrives from outside is checked here before it reaches a query, so a hostile {@code year=-1} is a 400 naming
 * the field instead of a database error.
 */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    /** For messages and constraint texts. */
    public static final String RANGE = FIRST + "-" + LAST;

    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private Years() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** The year itself, or a {@link FieldErrors} naming {@code field}. */
    public static int check(String field, int year) {
        if (!contains(year)) {
            throw FieldErrors.of(field, ReaderText.of("shared.error.yearRange", RANGE, year));
        }
        return year;
    }

    /** "2023-06" as a month within the range, or a {@link FieldErrors} naming {@code field}. */
    public static YearMonth month(String field, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!YEAR_MONTH.matcher(trimmed).matches()) {
            throw FieldErrors.of(field, ReaderText.of("shared.error.monthFormat"));
        }
        YearMonth month;
        try {
            month = YearMonth.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw FieldErrors.of(field, ReaderText.of("shared.error.monthFormat"));
        }
        check(field, month.getYear());
        return month;
    }
}
