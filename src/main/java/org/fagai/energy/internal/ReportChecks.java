package org.fagai.energy.internal;

import java.math.BigDecimal;

/**
 * The plausibility checks of a monthly report (flags, not refusals): a month of ten times the previous month's energy
 * use or more, and a month whose previous month is missing although the enterprise reported before.
 */
final class ReportChecks {

    static final BigDecimal SPIKE_FACTOR = BigDecimal.TEN;

    private ReportChecks() {
    }

    /** {@code current} ≥ 10 × {@code previous}, when the previous month was reported with some use. */
    static boolean spike(BigDecimal previous, BigDecimal current) {
        return previous != null && previous.signum() > 0 && current.compareTo(previous.multiply(SPIKE_FACTOR)) >= 0;
    }

    /** The month before is missing while an earlier month was reported. */
    static boolean previousMissing(boolean previousReported, boolean reportedEarlier) {
        return !previousReported && reportedEarlier;
    }
}
