package org.fagai.planning.internal.livelihood;

import java.math.BigDecimal;
import java.math.MathContext;
import org.fagai.planning.internal.Direction;

/**
 * How a reported value becomes a 0–100 score, configurable as {@code fagai.planning.livelihood.normalisation}:
 * <ul>
 * <li>EFFICACY (功效系数法, the default): 60 + 40 × (x − worst) / (best − worst) over the districts that reported, so the
 * worst district scores 60 and the best 100;</li>
 * <li>MIN_MAX: 100 × (x − worst) / (best − worst), worst 0, best 100;</li>
 * <li>TARGET: against the indicator's target, capped at 100: 100 × x / target when higher is better, 100 × target / x when
 * lower is better (at or below the target: 100); an indicator without a target is scored MIN_MAX.</li>
 * </ul>
 * When every district reported the same value, each scores 100. A missing report scores the method's floor (60 or 0),
 * so leaving a value out never raises a district's index.
 */
enum Normalisation {
    EFFICACY, MIN_MAX, TARGET;

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    /** The score of {@code x} among the reported values from {@code min} to {@code max}. */
    BigDecimal score(BigDecimal x, BigDecimal min, BigDecimal max, BigDecimal target, Direction direction) {
        if (this == TARGET && target != null) {
            return againstTarget(x, target, direction);
        }
        BigDecimal share;
        if (max.compareTo(min) == 0) {
            share = BigDecimal.ONE;
        } else {
            BigDecimal distance = direction == Direction.HIGHER ? x.subtract(min) : max.subtract(x);
            share = distance.divide(max.subtract(min), MC);
        }
        return this == EFFICACY ? SIXTY.add(FORTY.multiply(share, MC)) : HUNDRED.multiply(share, MC);
    }

    /** What a missing report scores. */
    BigDecimal floor() {
        return this == EFFICACY ? SIXTY : BigDecimal.ZERO;
    }

    private static BigDecimal againstTarget(BigDecimal x, BigDecimal target, Direction direction) {
        if (direction == Direction.HIGHER) {
            if (target.signum() <= 0 || x.compareTo(target) >= 0) {
                return HUNDRED;
            }
            return x.signum() <= 0 ? BigDecimal.ZERO : HUNDRED.multiply(x, MC).divide(target, MC);
        }
        if (x.compareTo(target) <= 0 || x.signum() <= 0) {
            return HUNDRED;
        }
        return HUNDRED.multiply(target, MC).divide(x, MC);
    }
}
