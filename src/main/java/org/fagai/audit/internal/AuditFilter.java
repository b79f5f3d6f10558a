package org.fagai.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditQuery;

/** The WHERE clause of the audit page's filters, each column compared with an index-friendly condition. */
record AuditFilter(String where, List<Object> params) {

    static AuditFilter of(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" AND actor = ?");
            params.add(query.actor().trim());
        }
        if (query.action() != null) {
            where.append(" AND action = ?");
            params.add(query.action().name());
        }
        if (query.targetType() != null && !query.targetType().isBlank()) {
            where.append(" AND target_type = ?");
            params.add(query.targetType().trim());
        }
        // Days are China's: a period "2026-01-01 to 2026-06-30" means midnight to midnight in Beijing.
        if (query.from() != null) {
            where.append(" AND at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND at < (?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'");
            params.add(query.to());
        }
        return new AuditFilter(where.toString(), List.copyOf(params));
    }

    List<Object> with(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }
}
