package org.fagai.organization.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC repository. Spring Session's default wraps every read and write of the
 * session in a new transaction of the platform's {@code JpaTransactionManager} (a Hibernate session it never uses, the
 * connection's preparation, a commit): two per request. Here, when the thread is in no transaction:
 * <ul>
 *   <li>a single statement the repository runs ({@link #oneStatement}: the session's read, a delete, the look-up by
 *       principal) runs without one, on a pooled connection in auto-commit;</li>
 *   <li>anything else (a save: the row and its attributes together) runs in a plain JDBC transaction.</li>
 * </ul>
 * Inside a transaction (e.g. {@link SignedInSessions} ending a user's sessions while an account is locked or disabled)
 * everything runs as before, in a new transaction of the platform's manager that suspends the caller's: a JDBC
 * manager would take the caller's bound connection instead of suspending it.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> ONE_STATEMENT = new ThreadLocal<>();

    private final TransactionTemplate besideCallers;
    private final TransactionTemplate own;

    SessionTransactions(PlatformTransactionManager platform, DataSource dataSource) {
        this.besideCallers = new TransactionTemplate(platform);
        this.besideCallers.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.own = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Runs the repository's work that is one statement, which then needs no transaction of its own. */
    static <T> T oneStatement(Supplier<T> work) {
        Boolean outer = ONE_STATEMENT.get();
        ONE_STATEMENT.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                ONE_STATEMENT.remove();
            }
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.getResourceMap().isEmpty()) {
            return besideCallers.execute(action);
        }
        if (ONE_STATEMENT.get() != null) {
            return TransactionOperations.withoutTransaction().execute(action);
        }
        return own.execute(action);
    }
}
