package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A 行政处罚 record (field names follow CF_*; {@code party} holds the 13 party items). Identity numbers are always masked here; only the export for the
 * credit platform carries it in full. {@code publicUntil} is CF_GSJZQ, the last public day; credit repair may end
 * publication from {@code repairableFrom} on.
 */
record PenaltyView(long id, String regionCode, PenaltyCategory category, List<PenaltyCategory> additionalCategories,
                   String partyName, String partyCreditCode, String partyIdNumberMasked, String documentNumber, String violationType, String facts, String basis,
                   String penaltyType, String content, BigDecimal fineWan, LocalDate decisionDate,
                   LocalDate effectiveUntil, LocalDate publicUntil, String authority, String authorityCode,
                   String source, String sourceCode, LocalDate repairableFrom, LocalDate dueDate,
                   OffsetDateTime publishedAt, OffsetDateTime repairedAt, String repairReason, String repairGrantedBy,
                   PublicationFlag flag, boolean publicNow, Party party,
                   BigDecimal confiscatedWan, String suspendedLicences, String remark) {
}
