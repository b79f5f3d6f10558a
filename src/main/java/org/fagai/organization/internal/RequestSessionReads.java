package org.fagai.organization.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session repository that, inside an open request scope, answers a read of a session it saved in that scope with the
 * saved session instead of reading the row again (see {@link SessionReadOnce}). Outside a scope, and for any id not
 * saved in it, every read goes to the repository it wraps. The scope holds at most the sessions this request saved and
 * ends with the request.
 * <p>A session read from the store comes as a {@link TrackedSession}, and saving it writes nothing (no transaction,
 * no connection) when only its access time moved, by less than a minute: most requests. The repository's single
 * statements (the read, a delete, the look-up by principal) run without a transaction of their own
 * ({@link SessionTransactions}).
 */
final class RequestSessionReads<S extends Session> implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    private static final ThreadLocal<Map<String, Session>> SAVED_IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> repository;

    RequestSessionReads(FindByIndexNameSessionRepository<S> repository) {
        this.repository = repository;
    }

    /** Opens a scope for this thread's request; returns the scope it replaces (an outer dispatch's), for {@link #close}. */
    static Map<String, Session> open() {
        Map<String, Session> outer = SAVED_IN_REQUEST.get();
        SAVED_IN_REQUEST.set(new HashMap<>(2));
        return outer;
    }

    static void close(Map<String, Session> outer) {
        if (outer == null) {
            SAVED_IN_REQUEST.remove();
        } else {
            SAVED_IN_REQUEST.set(outer);
        }
    }

    @Override
    public Session createSession() {
        return repository.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        if (!(session instanceof TrackedSession tracked)) {
            repository.save((S) session);
        } else if (tracked.needsWrite()) {
            repository.save((S) tracked.stored());
            tracked.written();
        }
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.put(session.getId(), session);
        }
    }

    @Override
    public Session findById(String id) {
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        Session session = saved == null ? null : saved.get(id);
        if (session != null && session.getId().equals(id) && !session.isExpired()) {
            return session;
        }
        S stored = SessionTransactions.oneStatement(() -> repository.findById(id));
        return stored == null ? null : new TrackedSession(stored);
    }

    @Override
    public void deleteById(String id) {
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.remove(id);
        }
        SessionTransactions.oneStatement(() -> {
            repository.deleteById(id);
            return null;
        });
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return Collections.unmodifiableMap(SessionTransactions.oneStatement(
                () -> repository.findByIndexNameAndIndexValue(indexName, indexValue)));
    }

    @Override
    public void destroy() throws Exception {
        if (repository instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
