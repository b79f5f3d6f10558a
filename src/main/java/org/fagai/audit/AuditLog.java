package org.fagai.audit;

import java.util.List;

/**
 * The append-only record of every change and every login: who, when, what, from where. Nothing in the application
 * deletes from it (the database refuses UPDATE, DELETE and TRUNCATE); it is kept for as long as the database is.
 * Callers name the action and its target; the actor and client address are taken from the current request.
 */
public interface AuditLog {

    void record(AuditAction action, String targetType, String targetId, String detail);

    /** One record per target, as {@link #record} writes them, in one statement (a bulk import's created rows). */
    void recordAll(AuditAction action, String targetType, List<String> targetIds, List<String> details);

    /** For events outside an authenticated request, such as a failed login. */
    void recordAs(String actor, String ip, AuditAction action, String targetType, String targetId, String detail);

    /** One page, newest first, with its (capped) total. */
    AuditPage search(AuditQuery query);

    /**
     * Every entry the query's filters match, newest first, at most {@link AuditQuery#MAX_EXPORT_ROWS}: read lazily in
     * chunks (keyset on time and id), so an export of a long period never holds it all in memory.
     */
    Iterable<AuditEntry> entries(AuditQuery filters);
}
