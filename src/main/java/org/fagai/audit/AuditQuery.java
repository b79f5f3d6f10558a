package org.fagai.audit;

import java.time.LocalDate;

/** Filters of the audit log page; null fields do not filter. Page is zero-based. */
public record AuditQuery(String actor, AuditAction action, String targetType, LocalDate from, LocalDate to,
                         int page, int size) {

    public static final int MAX_EXPORT_ROWS = 100_000;

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_EXPORT_ROWS);
    }

    public AuditQuery withPage(int newPage, int newSize) {
        return new AuditQuery(actor, action, targetType, from, to, newPage, newSize);
    }
}
