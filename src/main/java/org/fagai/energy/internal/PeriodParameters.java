package org.fagai.energy.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;

/**
 * The year and month of a region page or API call: {@code month} as 1–12 or as "2023-06" (its year then must agree),
 * both optional (the region's latest reported month, else last month).
 */
final class PeriodParameters {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,2}");

    private PeriodParameters() {
    }

    static YearMonth resolve(Integer year, String month, YearMonth latest, Clock clock) {
        if (year != null) {
            Years.check("year", year);
        }
        String m = month == null ? "" : month.strip();
        if (m.isEmpty()) {
            YearMonth fallback = latest != null ? latest : YearMonth.now(clock).minusMonths(1);
            if (year == null) {
                return fallback;
            }
            return year == fallback.getYear() ? fallback : YearMonth.of(year, 12);
        }
        if (NUMBER.matcher(m).matches()) {
            int value = Integer.parseInt(m);
            if (value < 1 || value > 12) {
                throw FieldErrors.of("month", StoredText.of("energy.error.monthRange", value));
            }
            return YearMonth.of(year != null ? year : (latest != null ? latest.getYear() : YearMonth.now(clock).getYear()), value);
        }
        YearMonth parsed = Years.month("month", m);
        if (year != null && year != parsed.getYear()) {
            throw FieldErrors.of("month", StoredText.of("energy.error.monthYear", m, year));
        }
        return parsed;
    }
}
