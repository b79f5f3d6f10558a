package org.fagai.credit.internal;

import java.time.OffsetDateTime;

/**
 * The publication periods of one field, in months: credit repair may end publication once {@code minimumMonths} have
 * passed since the decision, and publication stops by itself when {@code maximumMonths} have. {@code legalBasis} names
 * the rule that sets them (国家发展改革委令2023年第58号 unless a law prescribes another period).
 */
record PublicationTerm(PenaltyCategory category, int minimumMonths, int maximumMonths, String legalBasis,
                       OffsetDateTime updatedAt, String updatedBy) {

    /** Ten years: longer than any period a law sets, short enough to keep a typo from publishing forever. */
    static final int MAX_MONTHS = 120;

    boolean isValid() {
        return minimumMonths >= 0 && maximumMonths >= minimumMonths && maximumMonths <= MAX_MONTHS;
    }
}
