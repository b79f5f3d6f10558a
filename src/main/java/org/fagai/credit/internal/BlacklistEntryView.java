package org.fagai.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

record BlacklistEntryView(long id, String entityName, String creditCode, String listType, String reason,
                          String sourceDocument, LocalDate validFrom, LocalDate validTo, boolean inForce,
                          OffsetDateTime removedAt, String removedBy, String removalReason) {
}
