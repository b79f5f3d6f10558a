package org.fagai.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far behind 序时进度 a completion may fall (in percentage points) before it turns yellow and red: the key
 * projects' 红黄绿灯 and the indicators' target completion judge by the same bands. Default, from a real city rule: less
 * than 10 points behind green, 10 to 30 yellow, more than 30 red.
 *
 * @param yellowBehind points behind at which a completion turns yellow (inclusive)
 * @param redBehind    points behind beyond which it turns red
 */
public record ProgressBands(BigDecimal yellowBehind, BigDecimal redBehind) {

    public static final ProgressBands DEFAULT = new ProgressBands(BigDecimal.TEN, BigDecimal.valueOf(30));

    /** A colour of the bands. */
    public enum Band { GREEN, YELLOW, RED }

    public ProgressBands {
        Objects.requireNonNull(yellowBehind, "yellowBehind");
        Objects.requireNonNull(redBehind, "redBehind");
        if (yellowBehind.signum() < 0 || redBehind.compareTo(yellowBehind) <= 0) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.bands"));
        }
    }

    /** The band of a completion {@code pointsBehind} percentage points behind 序时进度 (negative: ahead). */
    public Band judge(BigDecimal pointsBehind) {
        if (pointsBehind.compareTo(redBehind) > 0) {
            return Band.RED;
        }
        return pointsBehind.compareTo(yellowBehind) >= 0 ? Band.YELLOW : Band.GREEN;
    }
}
