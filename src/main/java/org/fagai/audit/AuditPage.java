package org.fagai.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
}
