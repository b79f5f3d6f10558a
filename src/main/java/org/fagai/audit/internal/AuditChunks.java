package org.fagai.audit.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.fagai.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the entries a filter matches, newest first, a chunk at a time: each chunk starts below the last entry of the
 * one before (time, then id), which the (at DESC, id DESC) index answers directly however far the walk has gone.
 */
final class AuditChunks implements Iterator<AuditEntry> {

    static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final AuditFilter filter;
    private long remaining;
    private List<AuditEntry> chunk = List.of();
    private int next;
    private boolean exhausted;

    AuditChunks(JdbcClient jdbc, AuditFilter filter, long limit) {
        this.jdbc = jdbc;
        this.filter = filter;
        this.remaining = limit;
    }

    @Override
    public boolean hasNext() {
        if (next < chunk.size()) {
            return true;
        }
        if (exhausted || remaining <= 0) {
            return false;
        }
        fetch();
        return next < chunk.size();
    }

    @Override
    public AuditEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return chunk.get(next++);
    }

    private void fetch() {
        int size = (int) Math.min(CHUNK, remaining);
        String sql = "SELECT * FROM audit_log" + filter.where();
        List<Object> params;
        if (chunk.isEmpty()) {
            params = filter.with(size);
        } else {
            AuditEntry last = chunk.get(chunk.size() - 1);
            sql += " AND (at, id) < (?, ?)";
            params = filter.with(last.at(), last.id(), size);
        }
        chunk = jdbc.sql(sql + " ORDER BY at DESC, id DESC LIMIT ?").params(params).query(JdbcAuditLog::toEntry).list();
        next = 0;
        exhausted = chunk.size() < size;
    }
}
