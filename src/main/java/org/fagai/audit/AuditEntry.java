package org.fagai.audit;

import java.time.OffsetDateTime;

public record AuditEntry(long id, OffsetDateTime at, String actor, AuditAction action, String targetType,
                         String targetId, String detail, String ip) {
}
