package org.fagai.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as people read them: percent with one decimal, HALF_UP (completion of a plan, 序时进度, a share of a total). */
public final class Percent {

    /** Percent figures carry one decimal. */
    public static final int SCALE = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} as a percentage of {@code whole}, one decimal; null when either is missing or the whole is not positive. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    /** {@link #of}, or 0.0 where it has no figure: a plan's completion is shown as 0.0%, not left blank. */
    public static BigDecimal ofOrZero(BigDecimal part, BigDecimal whole) {
        BigDecimal percent = of(part, whole);
        return percent == null ? BigDecimal.ZERO.setScale(SCALE) : percent;
    }

    /** A share (0.5000) in percent (50.0). */
    public static BigDecimal ofShare(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
