package org.fagai.shared.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Tells a unique-key collision (PostgreSQL SQLSTATE 23505) from the other constraint violations. */
public final class IntegrityViolations {

    static final String CONFLICT = "该记录已存在或已被他人修改，请刷新后重试";
    static final String INVALID = "输入的数据不符合存储要求（长度、引用或取值范围），请检查后重试";

    private static final String UNIQUE_VIOLATION = "23505";

    private IntegrityViolations() {
    }

    public static boolean isUniqueKey(DataIntegrityViolationException e) {
        if (e instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
