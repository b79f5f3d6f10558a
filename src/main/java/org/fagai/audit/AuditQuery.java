package org.fagai.audit;

import java.time.LocalDate;

/** Filters of the audit log page; null fields do not filter. Page is zero-based. */
public record AuditQuery(String actor, AuditAction action, String targetType, LocalDate from, LocalDate to,
                         int page, int size) {

    /** The most rows one page may show. */
    public static final int MAX_PAGE_SIZE = 200;
    /** The pager counts matching rows up to here; beyond, it shows "more than" and asks for a narrower filter. */
    public static final int COUNT_LIMIT = 10_000;
    /** The most rows one Excel export holds (a sheet holds 1,048,576); a longer period is exported in parts. */
    public static final int MAX_EXPORT_ROWS = 1_000_000;

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }

    /** The filters alone, for an export of everything they match. */
    public static AuditQuery filters(String actor, AuditAction action, String targetType, LocalDate from, LocalDate to) {
        return new AuditQuery(actor, action, targetType, from, to, 0, MAX_PAGE_SIZE);
    }
}
