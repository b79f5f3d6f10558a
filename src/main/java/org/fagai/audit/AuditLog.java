package org.fagai.audit;

/**
 * The append-only record of every change and every login: who, when, what, from where.
 * Callers name the action and its target; the actor and client address are taken from the current request.
 */
public interface AuditLog {

    void record(AuditAction action, String targetType, String targetId, String detail);

    /** For events outside an authenticated request, such as a failed login. */
    void recordAs(String actor, String ip, AuditAction action, String targetType, String targetId, String detail);

    AuditPage search(AuditQuery query);
}
