package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The World Bank's distance-to-frontier score of one indicator: the frontier is the best value of the comparison set
 * (the city's counties and any entered benchmarks), the worst its worst; lower-is-better scores
 * (worst − value) / (worst − frontier) × 100, higher-is-better (value − worst) / (frontier − worst) × 100. When every
 * value of the set is the same, each scores 100. Scores have two decimals and stay within 0–100.
 */
record DistanceToFrontier(Direction direction, BigDecimal frontier, BigDecimal worst) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    DistanceToFrontier {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(frontier, "frontier");
        Objects.requireNonNull(worst, "worst");
    }

    /** Frontier and worst of a comparison set; null when the set is empty. */
    static DistanceToFrontier of(Direction direction, Collection<BigDecimal> comparisonSet) {
        BigDecimal min = comparisonSet.stream().filter(Objects::nonNull).min(BigDecimal::compareTo).orElse(null);
        BigDecimal max = comparisonSet.stream().filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
        if (min == null) {
            return null;
        }
        return direction == Direction.LOWER ? new DistanceToFrontier(direction, min, max) : new DistanceToFrontier(direction, max, min);
    }

    BigDecimal score(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal span = worst.subtract(frontier);
        if (span.signum() == 0) {
            return HUNDRED.setScale(2);
        }
        BigDecimal score = worst.subtract(value).multiply(HUNDRED).divide(span, 2, RoundingMode.HALF_UP);
        return score.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
