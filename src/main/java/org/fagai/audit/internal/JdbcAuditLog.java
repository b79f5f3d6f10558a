package org.fagai.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditEntry;
import org.fagai.audit.AuditLog;
import org.fagai.audit.AuditPage;
import org.fagai.audit.AuditQuery;
import org.fagai.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditAction action, String targetType, String targetId, String detail) {
        recordAs(currentActor(), currentIp(), action, targetType, targetId, detail);
    }

    @Override
    public void recordAll(AuditAction action, String targetType, List<String> targetIds, List<String> details) {
        if (targetIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, target_type, target_id, detail, ip)
                SELECT ?, ?, ?, t.id, t.detail, ? FROM unnest(?::varchar[], ?::text[]) AS t(id, detail)""")
                .params(truncate(currentActor(), 100), action.name(), truncate(targetType, 60), truncate(currentIp(), 64),
                        targetIds.stream().map(id -> truncate(id, 100)).toArray(String[]::new), details.toArray(String[]::new))
                .update();
    }

    @Override
    public void recordAs(String actor, String ip, AuditAction action, String targetType, String targetId,
                         String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, target_type, target_id, detail, ip)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(truncate(actor, 100), action.name(), truncate(targetType, 60), truncate(targetId, 100),
                        detail, truncate(ip, 64))
                .update();
    }

    @Override
    public AuditPage search(AuditQuery query) {
        AuditFilter filter = AuditFilter.of(query);
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM audit_log" + filter.where() + " LIMIT ?) AS capped")
                .params(filter.with(AuditQuery.COUNT_LIMIT + 1)).query(Long.class).single();
        boolean capped = counted > AuditQuery.COUNT_LIMIT;
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_log" + filter.where() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(filter.with(query.size(), (long) query.page() * query.size())).query(JdbcAuditLog::toEntry).list();
        return new AuditPage(entries, Math.min(counted, AuditQuery.COUNT_LIMIT), capped, query.page(), query.size());
    }

    @Override
    public Iterable<AuditEntry> entries(AuditQuery filters) {
        return () -> new AuditChunks(jdbc, AuditFilter.of(filters), AuditQuery.MAX_EXPORT_ROWS);
    }

    static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("detail"), rs.getString("ip"));
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
