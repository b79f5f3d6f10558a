package org.fagai.organization.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session repository that, inside an open request scope, answers a read of a session it saved in that scope with the
 * saved session instead of reading the row again (see {@link SessionReadOnce}). Outside a scope, and for any id not
 * saved in it, every call goes to the repository it wraps. The scope holds at most the sessions this request saved and
 * ends with the request.
 */
final class RequestSessionReads<S extends Session> implements FindByIndexNameSessionRepository<S>, DisposableBean {

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
    public S createSession() {
        return repository.createSession();
    }

    @Override
    public void save(S session) {
        repository.save(session);
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.put(session.getId(), session);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        Session session = saved == null ? null : saved.get(id);
        return session != null && session.getId().equals(id) && !session.isExpired() ? (S) session : repository.findById(id);
    }

    @Override
    public void deleteById(String id) {
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.remove(id);
        }
        repository.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return repository.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    @Override
    public void destroy() throws Exception {
        if (repository instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
