package org.fagai.audit;

public enum AuditAction {
    LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, LOGOUT, CREATE, UPDATE, DELETE, IMPORT, EXPORT
}
