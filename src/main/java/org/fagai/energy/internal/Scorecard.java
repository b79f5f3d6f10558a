package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The weighted total of a check: Σ weight × score ÷ 100, weights summing to 100, so the total is on the 0–100 scale. */
final class Scorecard {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorecard() {
    }

    static BigDecimal points(BigDecimal weight, BigDecimal score) {
        return weight.multiply(score).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal total(List<AssessmentView.Line> lines) {
        return lines.stream().map(AssessmentView.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    static boolean weightsComplete(List<BigDecimal> weights) {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(HUNDRED) == 0;
    }
}
