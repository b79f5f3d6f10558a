package org.fagai.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A 行政许可 record with its national data items (field names follow XK_*; {@code party} the 13 party items, identity numbers masked). */
record LicenceView(long id, Long applicationId, String regionCode, String holderName, String holderCreditCode,
                   String documentName, String documentNumber, String category, String content, LocalDate decisionDate,
                   LocalDate validFrom, LocalDate validTo, String authority, String authorityCode, String status,
                   String sourceUnit, String sourceUnitCode, LocalDate dueDate, OffsetDateTime publishedAt,
                   String publishedBy, PublicationFlag flag, Party party, String certificateName,
                   String certificateNumber, String remark, java.util.List<String> missingPartyItems) {
}
