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
import org.fagai.shared.RegionCode;
import org.fagai.shared.web.ImportError;

/**
 * Checks rows of values (typed in a form or imported) and reports every problem in Chinese, naming the row and
 * the column. Columns: 指标代码, 地区代码, 期间, 累计值, 同比增长（%）.
 */
final class ValueRules {

    static final String CODE = "指标代码";
    static final String REGION = "地区代码";
    static final String PERIOD = "期间";
    static final String VALUE = "累计值";
    static final String GROWTH = "同比增长（%）";
    static final List<String> HEADERS = List.of(CODE, REGION, PERIOD, VALUE, GROWTH);

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
                            "第" + row.row() + "行与第" + first + "行是同一指标、地区和期间，重复填报"));
                } else {
                    valid.add(v);
                }
            }
        }
        return new Outcome(valid, errors);
    }

    private Valid check(ImportRow row, List<ImportError> errors) {
        int r = row.row();
        String prefix = "第" + r + "行";
        IndicatorView indicator = null;
        String code = strip(row.indicatorCode()).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(new ImportError(r, CODE, row.indicatorCode(), prefix + "“指标代码”不能为空"));
        } else {
            indicator = catalogue.get(code);
            if (indicator == null) {
                errors.add(new ImportError(r, CODE, row.indicatorCode(), prefix + "“指标代码”" + code + "不在指标目录中"));
            } else if (!indicator.enabled()) {
                errors.add(new ImportError(r, CODE, row.indicatorCode(), prefix + "指标“" + indicator.name() + "”已停用"));
                indicator = null;
            }
        }
        String region = strip(row.regionCode());
        try {
            region = RegionCode.of(region).value();
            if (!regionExists.test(region)) {
                errors.add(new ImportError(r, REGION, row.regionCode(), prefix + "“地区代码”" + region + "不存在"));
            } else if (!RegionCode.of(region).isCountyOrAbove()) {
                errors.add(new ImportError(r, REGION, row.regionCode(), prefix + RegionCode.of(region).countyOrAboveRequired("“地区代码”")));
            } else if (!mayWrite.test(region)) {
                errors.add(new ImportError(r, REGION, row.regionCode(), prefix + "无权填报地区" + region + "的数据"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(r, REGION, row.regionCode(), prefix + "“地区代码”有误：" + e.getMessage()));
        }
        Period period = null;
        try {
            period = Period.parse(row.period());
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(r, PERIOD, row.period(), prefix + "“期间”有误：" + e.getMessage()));
        }
        if (period != null && indicator != null) {
            period = fitPeriod(indicator, period, r, row.period(), errors);
        }
        if (period != null && YearMonth.of(period.year(), period.toMonth()).isAfter(currentMonth)) {
            errors.add(new ImportError(r, PERIOD, row.period(), prefix + "期间" + period.label() + "尚未结束，不能填报"));
            period = null;
        }
        BigDecimal value = number(row.value(), r, VALUE, errors);
        BigDecimal growth = number(row.growth(), r, GROWTH, errors);
        if (value != null) {
            if (value.signum() < 0) {
                errors.add(new ImportError(r, VALUE, row.value(), prefix + "“累计值”不能为负数"));
            } else if (value.stripTrailingZeros().scale() > 4) {
                errors.add(new ImportError(r, VALUE, row.value(), prefix + "“累计值”最多保留4位小数"));
            } else if (value.compareTo(new BigDecimal("9999999999999999")) > 0) {
                errors.add(new ImportError(r, VALUE, row.value(), prefix + "“累计值”过大"));
            }
        }
        if (growth != null && (growth.compareTo(MIN_GROWTH) < 0 || growth.compareTo(MAX_GROWTH) > 0
                || growth.stripTrailingZeros().scale() > 2)) {
            errors.add(new ImportError(r, GROWTH, row.growth(),
                    prefix + "“同比增长（%）”应为-100至10000之间、最多两位小数的百分数"));
        }
        if (indicator != null) {
            if (indicator.growthOnly() && value != null) {
                errors.add(new ImportError(r, VALUE, row.value(),
                        prefix + indicator.name() + "只发布增速，“累计值”应留空"));
            }
            if (!indicator.growthOnly() && value == null && isBlank(row.value())) {
                errors.add(new ImportError(r, VALUE, row.value(), prefix + indicator.name() + "的“累计值”不能为空"));
            }
            if (indicator.growthSource() == GrowthSource.REPORTED && growth == null && isBlank(row.growth())) {
                errors.add(new ImportError(r, GROWTH, row.growth(), prefix + indicator.name()
                        + "的增速由统计部门按可比价格发布，“同比增长（%）”不能为空"));
            }
        }
        if (indicator == null || period == null) {
            return null;
        }
        return new Valid(r, indicator, region, period.year(), period.toMonth(), value, growth);
    }

    /** The period as the indicator is published, or null after reporting why it does not fit. */
    private static Period fitPeriod(IndicatorView indicator, Period period, int r, String raw, List<ImportError> errors) {
        String prefix = "第" + r + "行";
        if (indicator.frequency() == Frequency.QUARTERLY) {
            if (period.toMonth() % 3 != 0) {
                errors.add(new ImportError(r, PERIOD, raw, prefix + indicator.name()
                        + "按季度发布，“期间”应为季度累计，如" + period.year() + "Q2或" + period.year() + "年上半年"));
                return null;
            }
            return Period.quarterly(period.year(), period.toMonth() / 3);
        }
        if (period.kind() == PeriodKind.QUARTERLY_CUMULATIVE) {
            errors.add(new ImportError(r, PERIOD, raw, prefix + indicator.name() + "按月发布，“期间”应写作"
                    + period.year() + "-" + String.format("%02d", period.toMonth()) + "或" + period.year() + "年1-"
                    + period.toMonth() + "月"));
            return null;
        }
        if (period.isJanuaryOnly() && !indicator.januaryAlone()) {
            errors.add(new ImportError(r, PERIOD, raw, prefix + indicator.name() + "的1月数据不单独发布，请按1-2月累计填报，如"
                    + period.year() + "年1-2月"));
            return null;
        }
        return period;
    }

    private static BigDecimal number(String text, int r, String column, List<ImportError> errors) {
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(r, column, text, "第" + r + "行“" + column + "”应为数字，实际为'" + strip(text) + "'"));
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
