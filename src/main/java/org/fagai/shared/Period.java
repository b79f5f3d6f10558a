package org.fagai.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cumulative statistical period: from January to {@code toMonth} of {@code year}.
 * Monthly figures are 1–N月累计 (January alone is "1月"; usually January and February come together as
 * "1-2月"); quarterly figures such as GDP are 一季度, 上半年, 前三季度, 全年.
 *
 * @param year      the year, within {@link Years}
 * @param fromMonth always 1 (cumulative periods start in January)
 * @param toMonth   the last month counted, 1–12 (3, 6, 9 or 12 for quarterly periods)
 * @param kind      monthly or quarterly cumulative
 */
public record Period(int year, int fromMonth, int toMonth, PeriodKind kind) {

    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);
    private static final int SHARE_SCALE = 4;
    private static final int AMOUNT_SCALE = 2;
    private static final String[] QUARTER_LABELS = {"一季度", "上半年", "前三季度", "全年"};
    private static final String ACCEPTED_FORMS =
            "2023-06、2023年1-6月、2023年1月、2023Q2、2023年一季度、2023年上半年、2023年前三季度、2023年全年";

    private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})");
    private static final Pattern MONTH_RANGE = Pattern.compile("([0-9]{4})年([0-9]{1,2})[-—–~至]([0-9]{1,2})月");
    private static final Pattern SINGLE_MONTH = Pattern.compile("([0-9]{4})年([0-9]{1,2})月");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-?Q([1-4])");
    private static final Pattern QUARTER_WORDS = Pattern.compile("([0-9]{4})年(第?一季度|上半年|前三季度|全年)");

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (!Years.contains(year)) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.yearRange", Years.RANGE, year));
        }
        if (fromMonth != 1) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.period.fromJanuary", fromMonth));
        }
        if (toMonth < 1 || toMonth > 12) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.period.month", toMonth));
        }
        if (kind == PeriodKind.QUARTERLY_CUMULATIVE && toMonth % 3 != 0) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.period.quarterEnd", toMonth));
        }
    }

    /** 1–{@code toMonth}月 of {@code year}. */
    public static Period monthly(int year, int toMonth) {
        return new Period(year, 1, toMonth, PeriodKind.MONTHLY_CUMULATIVE);
    }

    /** 1–N月 up to and including {@code month}, e.g. 2023年1-6月 for 2023-06. */
    public static Period monthly(YearMonth month) {
        return monthly(month.getYear(), month.getMonthValue());
    }

    /** Quarter 1 一季度, 2 上半年, 3 前三季度, 4 全年. */
    public static Period quarterly(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.period.quarter", quarter));
        }
        return new Period(year, 1, quarter * 3, PeriodKind.QUARTERLY_CUMULATIVE);
    }

    /**
     * Parses "2023-06", "2023年1-6月" (also with — – ~ 至), "2023年1月" (January only), "2023Q2",
     * "2023年一季度", "2023年上半年", "2023年前三季度", "2023年全年". Whitespace and full-width forms are tolerated.
     * "2023-06" and "2023Q2" differ: the first is monthly 1-6月, the second quarterly 上半年.
     */
    public static Period parse(String text) {
        if (CodeText.isBlank(text)) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.period.blank", ACCEPTED_FORMS));
        }
        String s = CodeText.toHalfWidth(text).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR_MONTH.matcher(s)).matches()) {
            return monthly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_RANGE.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(2));
            if (from != 1) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.period.notCumulative", text.strip()));
            }
            return monthly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
        }
        if ((m = SINGLE_MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month != 1) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.period.singleMonth", text.strip(), m.group(1), month));
            }
            return monthly(Integer.parseInt(m.group(1)), 1);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarterly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER_WORDS.matcher(s)).matches()) {
            int quarter = switch (m.group(2)) {
                case "一季度", "第一季度" -> 1;
                case "上半年" -> 2;
                case "前三季度" -> 3;
                default -> 4;
            };
            return quarterly(Integer.parseInt(m.group(1)), quarter);
        }
        throw new IllegalArgumentException(ReaderText.of("shared.error.period.unknown", text.strip(), ACCEPTED_FORMS));
    }

    /** {@link #parse(String)} for a request parameter or command field: a bad text is a {@link FieldErrors} naming it. */
    public static Period parse(String field, String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of(field, e.getMessage());
        }
    }

    /** "2023年1-6月", "2023年1月", "2023年一季度", "2023年上半年", "2023年前三季度", "2023年全年". */
    public String label() {
        if (kind == PeriodKind.QUARTERLY_CUMULATIVE) {
            return year + "年" + QUARTER_LABELS[toMonth / 3 - 1];
        }
        return toMonth == 1 ? year + "年1月" : year + "年1-" + toMonth + "月";
    }

    /** A monthly figure for January alone (normally January is released together with February). */
    public boolean isJanuaryOnly() {
        return kind == PeriodKind.MONTHLY_CUMULATIVE && toMonth == 1;
    }

    /** The same months one year earlier, for 同比. */
    public Period samePeriodLastYear() {
        return new Period(year - 1, fromMonth, toMonth, kind);
    }

    public int monthsElapsed() {
        return toMonth;
    }

    /** The last day counted, e.g. 2023-06-30 for 2023年1-6月. */
    public LocalDate endDate() {
        return YearMonth.of(year, toMonth).atEndOfMonth();
    }

    /** 序时进度 by months (the default): toMonth / 12, 4 decimals; end of June = 0.5000. */
    public BigDecimal timeProgress() {
        return BigDecimal.valueOf(toMonth).divide(MONTHS_IN_YEAR, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** 序时进度 by days: days from 1 January to the end of toMonth / days in the year, 4 decimals. */
    public BigDecimal timeProgressByDays() {
        return BigDecimal.valueOf(endDate().getDayOfYear())
                .divide(BigDecimal.valueOf(Year.of(year).length()), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** 序时进度 by months in percent, one decimal, as warnings and pages show it: end of June = 50.0, end of February 16.7. */
    public BigDecimal timeProgressPercent() {
        return Percent.ofShare(timeProgress());
    }

    /** 序时进度 by days in percent, one decimal: 2023-06-30 is day 181 of 365, 49.6. */
    public BigDecimal timeProgressPercentByDays() {
        return Percent.ofShare(timeProgressByDays());
    }

    /** The part of a year's amount due by the end of this period at 序时进度 (by months), 2 decimals: 1200 by June is 600.00. */
    public BigDecimal timeShareOf(BigDecimal yearAmount) {
        return yearAmount.multiply(BigDecimal.valueOf(toMonth)).divide(MONTHS_IN_YEAR, AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return label();
    }
}
