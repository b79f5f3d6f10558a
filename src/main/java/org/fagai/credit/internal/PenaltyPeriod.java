package org.fagai.credit.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The publication period of a penalty decision: it stays public while the penalty is in effect (CF_YXQ), but at
 * least the category's minimum and at most 3 years after the decision (CF_JDRQ). The end is CF_GSJZQ; credit
 * repair (信用修复) may end publication early, but not before {@code minimumEnd}.
 *
 * @param minimumEnd the last day the record must stay public
 * @param end        CF_GSJZQ, the last day it is public unless repaired
 */
record PenaltyPeriod(LocalDate minimumEnd, LocalDate end) {

    /** 2099-12-31 in CF_YXQ / XK_YXQZI means "long-term". */
    static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

    static PenaltyPeriod of(PenaltyCategory category, LocalDate decisionDate, LocalDate effectiveUntil) {
        Objects.requireNonNull(category, "处罚领域不能为空");
        Objects.requireNonNull(decisionDate, "处罚决定日期不能为空");
        LocalDate minimum = decisionDate.plus(category.minimum());
        LocalDate maximum = decisionDate.plus(PenaltyCategory.MAXIMUM);
        LocalDate wanted = effectiveUntil == null ? maximum : effectiveUntil;
        LocalDate end = wanted.isBefore(minimum) ? minimum : wanted.isAfter(maximum) ? maximum : wanted;
        return new PenaltyPeriod(minimum, end);
    }

    boolean isPublicOn(LocalDate day) {
        return !day.isAfter(end);
    }
}
