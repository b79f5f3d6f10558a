package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A penalty decision as staff record it. Party: a unit with its credit code, or a natural person with an identity
 * number. {@code effectiveUntil} is CF_YXQ (2099-12-31 = 长期). Authority and source default to the commission.
 * {@code additionalCategories}: further fields the decision touches (the longest publication periods govern).
 */
record PenaltyForm(PenaltyCategory category, String partyName, String partyCreditCode, String partyIdNumber,
                   String documentNumber, String violationType, String facts, String basis, String penaltyType,
                   String content, BigDecimal fineWan, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveUntil,
                   String authority, String authorityCode, String source, String sourceCode, String regionCode,
                   List<PenaltyCategory> additionalCategories) {

    static PenaltyForm empty() {
        return new PenaltyForm(PenaltyCategory.GENERAL, "", "", "", "", "", "", "", "罚款", "", null, null, null,
                "", "", "", "", "", List.of());
    }
}
