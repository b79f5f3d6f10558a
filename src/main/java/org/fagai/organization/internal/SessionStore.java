package org.fagai.organization.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL written with upserts: a page whose panels load in parallel (htmx) saves the same new session
 * attribute (e.g. the CSRF token) from several requests at once, which the default INSERT answers with a duplicate key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * Spring Session marks a session changed on every request (its last access time) and updates its row each time:
     * one write and one WAL flush per request. This update leaves the row as it is when only the access time moved, by
     * less than {@link #ACCESS_WRITE_INTERVAL_MS}: a session then expires up to a minute before 30 minutes of idleness,
     * never later. A new id, principal or timeout is always written.
     */
    static final long ACCESS_WRITE_INTERVAL_MS = 60_000;

    static final String COALESCING_UPDATE = """
            UPDATE %TABLE_NAME% s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
            FROM (VALUES (?, ?, ?, ?, ?)) AS v(session_id, last_access_time, max_inactive_interval, expiry_time, principal_name)
            WHERE s.PRIMARY_ID = ?
              AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= """ + ACCESS_WRITE_INTERVAL_MS + ")";

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accessTimeWrittenOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(COALESCING_UPDATE);
    }

    /** Spring Session's transactions (see {@link SessionTransactions}), by the qualifier its configuration asks for. */
    @Bean
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, DataSource dataSource) {
        return new SessionTransactions(transactions, dataSource);
    }

    /**
     * The application's transaction template, as Spring Boot would make it: Boot makes none once any
     * {@code TransactionOperations} bean exists, such as the one above.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }
}
