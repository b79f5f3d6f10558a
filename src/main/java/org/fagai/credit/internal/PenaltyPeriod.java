package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.fagai.shared.FieldErrors;

/**
 * The publication of a penalty decision (国家发展改革委令2023年第58号): public from the decision date (CF_JDRQ) until the
 * governing maximum period has run (2024-03-01 + 3 years = 2027-03-01, the last public day, CF_GSJZQ), then it stops by
 * itself. Credit repair (信用修复) may end it early, from the day the minimum period has run ({@code repairableFrom}) on.
 * CF_YXQ, the penalty's own validity, plays no part.
 *
 * @param repairableFrom the first day credit repair may end publication
 * @param end            CF_GSJZQ, the last day the record is public
 */
record PenaltyPeriod(LocalDate repairableFrom, LocalDate end, int minimumMonths, int maximumMonths) {

    static PenaltyPeriod of(LocalDate decisionDate, Collection<PenaltyCategory> categories, PublicationTerms terms) {
        Objects.requireNonNull(decisionDate, "处罚决定日期不能为空");
        PublicationTerms.Governing governing = terms.governing(categories);
        return new PenaltyPeriod(decisionDate.plusMonths(governing.minimumMonths()),
                decisionDate.plusMonths(governing.maximumMonths()), governing.minimumMonths(), governing.maximumMonths());
    }

    boolean isPublicOn(LocalDate day) {
        return !day.isAfter(end);
    }

    /** Whether credit repair may end publication on {@code day}: the minimum has run and the record is still public. */
    boolean repairableOn(LocalDate day) {
        return !day.isBefore(repairableFrom) && isPublicOn(day);
    }

    /** Credit repair granted on {@code day}: the record is no longer public from that day on. */
    PenaltyPeriod repairedOn(LocalDate day) {
        if (day.isBefore(repairableFrom)) {
            throw FieldErrors.of("id", StoredText.of("credit.error.minimumNotRun", repairableFrom));
        }
        if (!isPublicOn(day)) {
            throw FieldErrors.of("id", StoredText.of("credit.error.periodOver", end));
        }
        return endedBy(day);
    }

    /** A repair recorded earlier (rules already checked then): publication ended the day it was granted. */
    PenaltyPeriod endedBy(LocalDate repairDay) {
        LocalDate lastPublicDay = repairDay.minusDays(1);
        return new PenaltyPeriod(repairableFrom, lastPublicDay.isBefore(end) ? lastPublicDay : end, minimumMonths,
                maximumMonths);
    }
}
