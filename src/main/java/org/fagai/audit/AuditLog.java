package org.fagai.audit;

import java.util.List;

/**
 * The append-only record of every change and every login: who, when, what, from where.
 * Callers name the action and its target; the actor and client address are taken from the current request.
 */
public interface AuditLog {

    void record(AuditAction action, String targetType, String targetId, String detail);

    /** One record per target, as {@link #record} writes them, in one statement (a bulk import's created rows). */
    void recordAll(AuditAction action, String targetType, List<String> targetIds, List<String> details);

    /** For events outside an authenticated request, such as a failed login. */
    void recordAs(String actor, String ip, AuditAction action, String targetType, String targetId, String detail);

    AuditPage search(AuditQuery query);
}
