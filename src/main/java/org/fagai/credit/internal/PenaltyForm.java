package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A penalty decision as staff record it. Party: a unit with its credit code, or a natural person with an identity
 * number. {@code effectiveUntil} is CF_YXQ (2099-12-31 = 长期). Authority and source default to the commission.
 * {@code additionalCategories}: further fields the decision touches (the longest publication periods govern).
 */
record PenaltyForm(PenaltyCategory category, @MaxLength(200) String partyName, @MaxLength(50) String partyCreditCode,
                   @MaxLength(50) String partyIdNumber, @MaxLength(100) String documentNumber,
                   @MaxLength(300) String violationType, @MaxLength(MaxLength.TEXT) String facts,
                   @MaxLength(MaxLength.TEXT) String basis, @MaxLength(100) String penaltyType,
                   @MaxLength(MaxLength.TEXT) String content, BigDecimal fineWan,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveUntil,
                   @MaxLength(200) String authority, @MaxLength(50) String authorityCode, @MaxLength(200) String source,
                   @MaxLength(50) String sourceCode, @MaxLength(9) String regionCode,
                   List<PenaltyCategory> additionalCategories) {

    static PenaltyForm empty() {
        return new PenaltyForm(PenaltyCategory.GENERAL, "", "", "", "", "", "", "", "罚款", "", null, null, null,
                "", "", "", "", "", List.of());
    }
}
