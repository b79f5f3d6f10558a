package org.fagai.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An online credit-repair application with its penalty, its materials (names only) and, while open, the working days
 * left to the decision's limit ({@code overdue} once it has passed).
 */
record RepairApplicationView(long id, long penaltyId, String penaltyDocument, String partyName, String creditCode,
                             String regionCode, String reason, String commitment, String status,
                             OffsetDateTime submittedAt, String submittedBy, LocalDate dueDate, Integer workingDaysLeft,
                             boolean overdue, OffsetDateTime decidedAt, String decidedBy, String decisionReason,
                             List<Material> materials) {

    record Material(long id, String fileName, String contentType, long sizeBytes) {
    }
}
