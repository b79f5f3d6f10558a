package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A penalty decision as staff record it, with the 30 items of the national standard (CF_*), the party's 13 in
 * {@link #party()}. {@code effectiveUntil} is CF_YXQ (2099-12-31 = 长期). Authority and source default to the
 * commission. {@code additionalCategories}: further fields the decision touches (the longest publication periods govern).
 */
record PenaltyForm(PenaltyCategory category, @MaxLength(20) String partyType, @MaxLength(200) String partyName,
                   @MaxLength(50) String partyCreditCode, @MaxLength(50) String partyBusinessRegNo,
                   @MaxLength(50) String partyOrgCode, @MaxLength(50) String partyTaxRegNo,
                   @MaxLength(50) String partyInstitutionNo, @MaxLength(50) String partySocialOrgNo,
                   @MaxLength(50) String legalRepresentative, @MaxLength(30) String legalRepIdType,
                   @MaxLength(50) String legalRepIdNumber, @MaxLength(30) String partyIdType,
                   @MaxLength(50) String partyIdNumber, @MaxLength(100) String documentNumber,
                   @MaxLength(300) String violationType, @MaxLength(MaxLength.TEXT) String facts,
                   @MaxLength(MaxLength.TEXT) String basis, @MaxLength(100) String penaltyType,
                   @MaxLength(MaxLength.TEXT) String content, BigDecimal fineWan, BigDecimal confiscatedWan,
                   @MaxLength(300) String suspendedLicences,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveUntil,
                   @MaxLength(200) String authority, @MaxLength(50) String authorityCode, @MaxLength(200) String source,
                   @MaxLength(50) String sourceCode, @MaxLength(500) String remark, @MaxLength(6) String regionCode,
                   List<PenaltyCategory> additionalCategories) {

    static PenaltyForm empty() {
        return new PenaltyForm(PenaltyCategory.GENERAL, PartyType.LEGAL_PERSON.label(), "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "", "", "罚款", "", null, null, "", null, null, "", "", "", "", "", "", List.of());
    }

    Party party() {
        return new Party(partyType, partyName, partyCreditCode, partyBusinessRegNo, partyOrgCode, partyTaxRegNo,
                partyInstitutionNo, partySocialOrgNo, legalRepresentative, legalRepIdType, legalRepIdNumber, partyIdType,
                partyIdNumber);
    }
}
