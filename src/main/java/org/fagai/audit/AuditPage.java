package org.fagai.audit;

import java.util.List;

/**
 * One page of the audit log. {@code total} is exact up to {@link AuditQuery#COUNT_LIMIT}; past it the count stops
 * there and {@code totalCapped} says so (counting millions of rows for a pager would cost seconds at 10M rows).
 */
public record AuditPage(List<AuditEntry> entries, long total, boolean totalCapped, int page, int size) {
}
