package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The platform figures a scorecard indicator's score is suggested from, each with its rule (0–100, two decimals): a
 * decline's completion of its target; the cap kept (100, else cap ÷ use); the share of check findings rectified; the
 * share of reviews without a warning. The assessor may override a suggestion, with a reason.
 */
enum ScoreSource {
    INTENSITY_DECLINE, CO2_DECLINE, TOTAL_CAP, CHECKS_DONE, REVIEWS_ON_TIME;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Achieved decline against the target decline (%): reached 100, otherwise the share reached, none below 0. */
    static BigDecimal decline(BigDecimal achieved, BigDecimal target) {
        if (achieved == null || target == null) {
            return null;
        }
        if (achieved.compareTo(target) >= 0) {
            return score(HUNDRED);
        }
        if (target.signum() <= 0 || achieved.signum() <= 0) {
            return score(BigDecimal.ZERO);
        }
        return score(achieved.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP));
    }

    /** Energy under control against its cap: within it 100, over it cap ÷ use × 100. */
    static BigDecimal cap(BigDecimal used, BigDecimal cap) {
        if (used == null || cap == null || cap.signum() <= 0) {
            return null;
        }
        return used.compareTo(cap) <= 0 ? score(HUNDRED) : score(cap.multiply(HUNDRED).divide(used, 2, RoundingMode.HALF_UP));
    }

    /** {@code done} of {@code due} (findings rectified, reviews without a warning); nothing due is full marks. */
    static BigDecimal share(long done, long due) {
        return due == 0 ? score(HUNDRED) : score(BigDecimal.valueOf(done).multiply(HUNDRED).divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal score(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
