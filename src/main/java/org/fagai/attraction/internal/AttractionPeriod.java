package org.fagai.attraction.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;

/** A statistics period, both days included: a year, the months 1–N of a year (月报), or any span of days within the years. */
record AttractionPeriod(LocalDate from, LocalDate to) {

    AttractionPeriod {
        if (from == null || to == null) {
            throw FieldErrors.of(from == null ? "from" : "to", StoredText.of("attraction.error.periodMissing"));
        }
        Years.check("from", from.getYear());
        Years.check("to", to.getYear());
        if (to.isBefore(from)) {
            throw FieldErrors.of("to", StoredText.of("attraction.error.periodOrder"));
        }
    }

    static AttractionPeriod year(int year) {
        Years.check("year", year);
        return new AttractionPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** 1–N月: from January 1 to the end of the month. */
    static AttractionPeriod yearToMonth(YearMonth month) {
        return new AttractionPeriod(month.withMonth(1).atDay(1), month.atEndOfMonth());
    }

    /** The period the request names: from/to, else the year, else this year up to today. */
    static AttractionPeriod of(LocalDate from, LocalDate to, Integer year, LocalDate today) {
        if (from != null || to != null) {
            return new AttractionPeriod(from == null ? (to == null ? today : to).withDayOfYear(1) : from,
                    to == null ? today : to);
        }
        if (year != null) {
            return year(year);
        }
        return new AttractionPeriod(today.withDayOfYear(1), today);
    }

    boolean wholeYear() {
        return from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31));
    }

    /** January 1 to the end of a month of the same year. */
    boolean yearToMonthEnd() {
        return from.getDayOfYear() == 1 && from.getYear() == to.getYear() && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /**
     * The label's message key and arguments: 2023年 / 2026年1-11月 / 2023年3月 / 2023-03-05至2023-06-30 (in English 2023,
     * Jan–Nov 2026, Mar 2023: the last argument is the end month's English abbreviation).
     */
    Object[] labelArguments() {
        return new Object[] {String.valueOf(from.getYear()), String.valueOf(from.getMonthValue()), String.valueOf(to.getMonthValue()),
                from.toString(), to.toString(), to.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)};
    }

    String labelKey() {
        if (wholeYear()) {
            return "attraction.period.year";
        }
        if (yearToMonthEnd()) {
            return to.getMonthValue() == 1 ? "attraction.period.month" : "attraction.period.months";
        }
        if (from.getDayOfMonth() == 1 && YearMonth.from(from).equals(YearMonth.from(to)) && to.equals(YearMonth.from(to).atEndOfMonth())) {
            return "attraction.period.month";
        }
        return "attraction.period.range";
    }
}
