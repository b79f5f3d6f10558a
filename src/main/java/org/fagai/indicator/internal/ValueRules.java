package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.fagai.indicator.EconomicIndicators.ImportRow;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.IndicatorView;
import org.fagai.shared.Period;
import org.fagai.shared.PeriodKind;
import org.fagai.shared.ReaderText;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ImportError;

/**
 * Checks rows of values (typed in a form or imported) and reports every problem as a stored sentence (the reader's
 * language), naming the row and the column. Columns: 指标代码, 地区代码, 期间, 累计值, 同比增长（%）.
 */
final class ValueRules {

    static final String CODE = "指标代码";
    static final String REGION = "地区代码";
    static final String PERIOD = "期间";
    static final String VALUE = "累计值";
    static final String GROWTH = "同比增长（%）";
    static final List<String> HEADERS = List.of(CODE, REGION, PERIOD, VALUE, GROWTH);

    private static final String ROW = "indicator.error.row";
    private static final BigDecimal MIN_GROWTH = BigDecimal.valueOf(-100);
    private static final BigDecimal MAX_GROWTH = BigDecimal.valueOf(10_000);

    /** A row that passed: the value to store. */
    record Valid(int row, IndicatorView indicator, String regionCode, int year, int toMonth, BigDecimal value,
                 BigDecimal growth) {
    }

    record Outcome(List<Valid> rows, List<ImportError> errors) {
    }

    private final Map<String, IndicatorView> catalogue;
    private final Predicate<String> regionExists;
    private final Predicate<String> mayWrite;
    private final YearMonth currentMonth;

    ValueRules(Map<String, IndicatorView> catalogue, Predicate<String> regionExists, Predicate<String> mayWrite,
               YearMonth currentMonth) {
        this.catalogue = catalogue;
        this.regionExists = regionExists;
        this.mayWrite = mayWrite;
        this.currentMonth = currentMonth;
    }

    Outcome check(List<ImportRow> rows) {
        List<Valid> valid = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            int before = errors.size();
            Valid v = check(row, errors);
            if (v != null && errors.size() == before) {
                String key = v.indicator().code() + "|" + v.regionCode() + "|" + v.year() + "|" + v.toMonth();
                Integer first = seen.putIfAbsent(key, row.row());
                if (first != null) {
                    errors.add(new ImportError(row.row(), PERIOD, row.period(),
                            at(row.row(), StoredText.of("indicator.error.row.duplicate", first))));
                } else {
                    valid.add(v);
                }
            }
        }
        return new Outcome(valid, errors);
    }

    private Valid check(ImportRow row, List<ImportError> errors) {
        int r = row.row();
        IndicatorView indicator = null;
        String code = strip(row.indicatorCode()).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(new ImportError(r, CODE, row.indicatorCode(), at(r, StoredText.of("indicator.error.row.codeEmpty"))));
        } else {
            indicator = catalogue.get(code);
            if (indicator == null) {
                errors.add(new ImportError(r, CODE, row.indicatorCode(), at(r, StoredText.of("indicator.error.row.codeUnknown", code))));
            } else if (!indicator.enabled()) {
                errors.add(new ImportError(r, CODE, row.indicatorCode(), at(r, StoredText.of("indicator.error.row.disabled", name(indicator)))));
                indicator = null;
            }
        }
        String region = strip(row.regionCode());
        try {
            region = RegionCode.of(region).value();
            if (!regionExists.test(region)) {
                errors.add(new ImportError(r, REGION, row.regionCode(), at(r, StoredText.of("indicator.error.row.regionUnknown", region))));
            } else if (!RegionCode.of(region).isCountyOrAbove()) {
                errors.add(new ImportError(r, REGION, row.regionCode(), at(r, StoredText.of("indicator.error.row.regionCounty", region))));
            } else if (!mayWrite.test(region)) {
                errors.add(new ImportError(r, REGION, row.regionCode(), at(r, StoredText.of("indicator.error.row.regionDenied", region))));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(r, REGION, row.regionCode(), at(r, StoredText.of("indicator.error.row.regionInvalid", e.getMessage()))));
        }
        Period period = null;
        try {
            period = Period.parse(row.period());
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(r, PERIOD, row.period(), at(r, StoredText.of("indicator.error.row.periodInvalid", e.getMessage()))));
        }
        if (period != null && indicator != null) {
            period = fitPeriod(indicator, period, r, row.period(), errors);
        }
        if (period != null && YearMonth.of(period.year(), period.toMonth()).isAfter(currentMonth)) {
            errors.add(new ImportError(r, PERIOD, row.period(), at(r, StoredText.of("indicator.error.row.periodOpen", period.label()))));
            period = null;
        }
        BigDecimal value = number(row.value(), r, VALUE, errors);
        BigDecimal growth = number(row.growth(), r, GROWTH, errors);
        if (value != null) {
            if (value.signum() < 0) {
                errors.add(new ImportError(r, VALUE, row.value(), at(r, StoredText.of("indicator.error.row.negative"))));
            } else if (value.stripTrailingZeros().scale() > 4) {
                errors.add(new ImportError(r, VALUE, row.value(), at(r, StoredText.of("indicator.error.row.decimals"))));
            } else if (value.compareTo(new BigDecimal("9999999999999999")) > 0) {
                errors.add(new ImportError(r, VALUE, row.value(), at(r, StoredText.of("indicator.error.row.tooLarge"))));
            }
        }
        if (growth != null && (growth.compareTo(MIN_GROWTH) < 0 || growth.compareTo(MAX_GROWTH) > 0
                || growth.stripTrailingZeros().scale() > 2)) {
            errors.add(new ImportError(r, GROWTH, row.growth(),
                    at(r, StoredText.of("indicator.error.row.growthRange"))));
        }
        if (indicator != null) {
            if (indicator.growthOnly() && value != null) {
                errors.add(new ImportError(r, VALUE, row.value(),
                        at(r, StoredText.of("indicator.error.row.growthOnly", name(indicator)))));
            }
            if (!indicator.growthOnly() && value == null && isBlank(row.value())) {
                errors.add(new ImportError(r, VALUE, row.value(), at(r, StoredText.of("indicator.error.row.valueRequired", name(indicator)))));
            }
            if (indicator.growthSource() == GrowthSource.REPORTED && growth == null && isBlank(row.growth())) {
                errors.add(new ImportError(r, GROWTH, row.growth(),
                        at(r, StoredText.of("indicator.error.row.growthRequired", name(indicator)))));
            }
        }
        if (indicator == null || period == null) {
            return null;
        }
        return new Valid(r, indicator, region, period.year(), period.toMonth(), value, growth);
    }

    /** The period as the indicator is published, or null after reporting why it does not fit. */
    private static Period fitPeriod(IndicatorView indicator, Period period, int r, String raw, List<ImportError> errors) {
        if (indicator.frequency() == Frequency.QUARTERLY) {
            if (period.toMonth() % 3 != 0) {
                errors.add(new ImportError(r, PERIOD, raw,
                        at(r, StoredText.of("indicator.error.row.quarterly", name(indicator), period.year()))));
                return null;
            }
            return Period.quarterly(period.year(), period.toMonth() / 3);
        }
        if (period.kind() == PeriodKind.QUARTERLY_CUMULATIVE) {
            errors.add(new ImportError(r, PERIOD, raw, at(r, StoredText.of("indicator.error.row.monthly", name(indicator),
                    period.year(), String.format("%02d", period.toMonth()), period.toMonth()))));
            return null;
        }
        if (period.isJanuaryOnly() && !indicator.januaryAlone()) {
            errors.add(new ImportError(r, PERIOD, raw,
                    at(r, StoredText.of("indicator.error.row.january", name(indicator), period.year()))));
            return null;
        }
        return period;
    }

    private static BigDecimal number(String text, int r, String column, List<ImportError> errors) {
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            StoredText.Label label = StoredText.label(VALUE.equals(column) ? "indicator.import.column.value" : "indicator.import.column.growth");
            errors.add(new ImportError(r, column, text, at(r, StoredText.of("indicator.error.notNumber", label, strip(text)))));
            return null;
        }
    }

    /** A row's problem as the reader reads it: 第3行…, "Row 3: …". */
    private static String at(int row, String problem) {
        return StoredText.of(ROW, row, problem);
    }

    /** The problem of a row's message without its row (a value typed in the form is no row of a file). */
    static String withoutRow(String message) {
        StoredText text = StoredText.parse(message);
        return text != null && ROW.equals(text.key()) && text.args().size() == 2 ? String.valueOf(text.args().get(1)) : message;
    }

    /** An indicator's name in the reader's language: the row errors are read in the request that raised them. */
    private static String name(IndicatorView indicator) {
        return indicator.nameIn(ReaderText.locale());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
