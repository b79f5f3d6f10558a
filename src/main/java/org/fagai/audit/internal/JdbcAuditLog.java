package org.fagai.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
        if (query.from() != null) {
            where.append(" AND at >= ?::date");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND at < (?::date + 1)");
            params.add(query.to());
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(JdbcAuditLog::toEntry).list();
        return new AuditPage(entries, total, query.page(), query.size());
    }

    private static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
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
