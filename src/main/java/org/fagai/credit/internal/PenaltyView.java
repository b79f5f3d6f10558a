package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A 行政处罚 record (field names follow CF_*). The identity number is always masked here; only the export for the
 * credit platform carries it in full.
 */
record PenaltyView(long id, String regionCode, PenaltyCategory category, String partyName, String partyCreditCode,
                   String partyIdNumberMasked, String documentNumber, String violationType, String facts, String basis,
                   String penaltyType, String content, BigDecimal fineWan, LocalDate decisionDate,
                   LocalDate effectiveUntil, LocalDate publicUntil, String authority, String authorityCode,
                   String source, String sourceCode, LocalDate minimumPublicUntil, LocalDate dueDate,
                   OffsetDateTime publishedAt, OffsetDateTime repairedAt, String repairReason, PublicationFlag flag,
                   boolean publicNow) {
}
