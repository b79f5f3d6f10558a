package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Weights the scores of one level up into the level above: Σ weight × score / Σ weight over the parts that have a
 * score, so a part without data neither counts as zero nor as full marks. Null when no part has a score.
 */
final class WeightedScore {

    record Part(BigDecimal weight, BigDecimal score) {
    }

    private WeightedScore() {
    }

    static BigDecimal of(List<Part> parts) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.score() != null) {
                weights = weights.add(part.weight());
                sum = sum.add(part.weight().multiply(part.score()));
            }
        }
        return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }
}
