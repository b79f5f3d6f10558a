/**
 * The append-only audit log (操作审计): every sign-in, failure, lock and change, with who, when, what and from where.
 * Its API: {@link org.fagai.audit.AuditLog} to record and query entries; the database refuses updates and deletes.
 */
package org.fagai.audit;
