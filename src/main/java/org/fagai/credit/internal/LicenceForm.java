package org.fagai.credit.internal;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A licence decision entered or imported by staff (one not decided through the approvals module), with the 28 items
 * of the national standard (XK_*), the party's 13 in {@link #party()}. Authority and source default to the commission;
 * status XK_ZT to 1 (有效). {@code validTo} 2099-12-31 = 长期.
 */
record LicenceForm(@MaxLength(20) String partyType, @MaxLength(200) String partyName,
                   @MaxLength(50) String partyCreditCode, @MaxLength(50) String partyBusinessRegNo,
                   @MaxLength(50) String partyOrgCode, @MaxLength(50) String partyTaxRegNo,
                   @MaxLength(50) String partyInstitutionNo, @MaxLength(50) String partySocialOrgNo,
                   @MaxLength(50) String legalRepresentative, @MaxLength(30) String legalRepIdType,
                   @MaxLength(50) String legalRepIdNumber, @MaxLength(30) String partyIdType,
                   @MaxLength(50) String partyIdNumber, @MaxLength(300) String documentName,
                   @MaxLength(100) String documentNumber, @MaxLength(20) String category,
                   @MaxLength(200) String certificateName, @MaxLength(100) String certificateNumber,
                   @MaxLength(MaxLength.TEXT) String content,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                   @MaxLength(200) String authority, @MaxLength(50) String authorityCode, @MaxLength(2) String status,
                   @MaxLength(200) String source, @MaxLength(50) String sourceCode, @MaxLength(500) String remark,
                   @MaxLength(6) String regionCode) {

    Party party() {
        return new Party(partyType, partyName, partyCreditCode, partyBusinessRegNo, partyOrgCode, partyTaxRegNo,
                partyInstitutionNo, partySocialOrgNo, legalRepresentative, legalRepIdType, legalRepIdNumber, partyIdType,
                partyIdNumber);
    }
}
