package org.fagai.planning.internal.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.ProgressStatus;
import org.fagai.planning.internal.Direction;

/**
 * An indicator of a plan running from {@code fromYear} to {@code toYear}, with its base value in the year before.
 * Owns the progress rule: the level the target means, the path to it, the level the actuals reach, and the status.
 */
record PlanIndicator(long id, String code, String name, String group, int seq, boolean binding, String unit,
                     Direction direction, TargetKind kind, BigDecimal target, PathShape path, BigDecimal baseValue,
                     String sourceIndicator, int fromYear, int toYear) {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    int baseYear() {
        return fromYear - 1;
    }

    int planYears() {
        return toYear - baseYear();
    }

    /** The level the target means in the target year. */
    BigDecimal targetValue() {
        return switch (kind) {
            case LEVEL -> target.setScale(SCALE, RoundingMode.HALF_UP);
            case ANNUAL_GROWTH -> baseValue.multiply(factor(target).pow(planYears(), MC), MC).setScale(SCALE, RoundingMode.HALF_UP);
            case CUMULATIVE_CHANGE -> baseValue.multiply(factor(target), MC).setScale(SCALE, RoundingMode.HALF_UP);
        };
    }

    /** The level expected in {@code year} on the path from the base value to {@link #targetValue()}. */
    BigDecimal pathValue(int year) {
        int t = Math.max(0, Math.min(year, toYear) - baseYear());
        int n = planYears();
        BigDecimal end = targetValue();
        if (path == PathShape.LINEAR) {
            return baseValue.add(end.subtract(baseValue).multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(n), MC))
                    .setScale(SCALE, RoundingMode.HALF_UP);
        }
        if (kind == TargetKind.ANNUAL_GROWTH) {
            return baseValue.multiply(factor(target).pow(t, MC), MC).setScale(SCALE, RoundingMode.HALF_UP);
        }
        double ratio = end.doubleValue() / baseValue.doubleValue();
        return baseValue.multiply(BigDecimal.valueOf(Math.pow(ratio, (double) t / n)), MC).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The indicator judged at {@code year} on the latest actual up to then. The level of a year is its value, or the
     * previous year's level grown by its growth; a growth target prefers the growth (reported at comparable prices)
     * whenever the previous year's level is known, so its level is the base chained with the yearly growths.
     */
    IndicatorProgress judge(List<YearActual> actuals, int year) {
        Map<Integer, YearActual> byYear = actuals.stream().collect(Collectors.toMap(YearActual::year, Function.identity()));
        BigDecimal level = baseValue;
        int levelYear = baseYear();
        for (int y = fromYear; y <= Math.min(year, toYear); y++) {
            YearActual a = byYear.get(y);
            if (a == null) {
                continue;
            }
            boolean chainable = a.growth() != null && levelYear == y - 1;
            if (chainable && (kind == TargetKind.ANNUAL_GROWTH || a.value() == null)) {
                level = level.multiply(factor(a.growth()), MC);
            } else if (a.value() != null) {
                level = a.value();
            } else {
                continue;
            }
            levelYear = y;
        }
        if (levelYear == baseYear()) {
            return progress(null, null, null, null, null, ProgressStatus.NO_DATA);
        }
        BigDecimal actual = level.setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal expected = pathValue(levelYear);
        ProgressStatus status = direction.meets(actual, targetValue()) ? ProgressStatus.ACHIEVED
                : direction.meets(actual, expected) ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
        return progress(levelYear, actual, expected, achievedRate(actual, levelYear), expectedRate(expected), status);
    }

    /**
     * The average annual growth reached, one decimal as published (growth targets), or the change since the base in
     * percent (change targets).
     */
    private BigDecimal achievedRate(BigDecimal actual, int levelYear) {
        if (kind == TargetKind.LEVEL || baseValue.signum() == 0) {
            return null;
        }
        if (kind == TargetKind.ANNUAL_GROWTH) {
            double ratio = actual.doubleValue() / baseValue.doubleValue();
            if (ratio <= 0) {
                return null;
            }
            double rate = (Math.pow(ratio, 1.0 / (levelYear - baseYear())) - 1) * 100;
            return BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP);
        }
        return changePercent(actual);
    }

    private BigDecimal expectedRate(BigDecimal expected) {
        if (kind == TargetKind.LEVEL || baseValue.signum() == 0) {
            return null;
        }
        return kind == TargetKind.ANNUAL_GROWTH ? target : changePercent(expected);
    }

    private BigDecimal changePercent(BigDecimal level) {
        return level.divide(baseValue, MC).subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private IndicatorProgress progress(Integer actualYear, BigDecimal actual, BigDecimal pathValue, BigDecimal achievedRate,
                                       BigDecimal expectedRate, ProgressStatus status) {
        return new IndicatorProgress(code, name, group, binding, unit, kind.name(), target, baseValue, targetValue(),
                actualYear, actual, pathValue, achievedRate, expectedRate, status, colour(status));
    }

    private String colour(ProgressStatus status) {
        return switch (status) {
            case NO_DATA -> null;
            case BEHIND -> binding ? "RED" : "YELLOW";
            case ACHIEVED, ON_TRACK -> "GREEN";
        };
    }

    private static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, MC));
    }
}
