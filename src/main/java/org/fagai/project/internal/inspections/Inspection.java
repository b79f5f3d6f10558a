package org.fagai.project.internal.inspections;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A recorded inspection with the ids of its photos and of the blocker its finding raised (null: none). */
public record Inspection(long id, LocalDate inspectedOn, String inspectors, String findings, Long blockerId, String createdBy,
                         OffsetDateTime createdAt, List<Long> photoIds) {
}
