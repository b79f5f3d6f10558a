package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/** Within one request a session just saved is not read back; every request's first read goes to the store. */
class RequestSessionReadsTest {

    private final CountingStore store = new CountingStore();
    private final RequestSessionReads<MapSession> sessions = new RequestSessionReads<>(store);

    @AfterEach
    void closeAnyScope() {
        RequestSessionReads.close(null);
    }

    @Test
    void aSessionSavedInTheRequestIsAnsweredWithoutReadingItAgain() {
        MapSession session = storedSession();
        Map<String, Session> outer = RequestSessionReads.open();
        MapSession read = sessions.findById(session.getId());
        sessions.save(read);
        assertThat(sessions.findById(session.getId())).isSameAs(read);
        assertThat(store.reads).containsExactly(session.getId());
        RequestSessionReads.close(outer);
    }

    @Test
    void theNextRequestReadsTheStoreAgainAndSeesASessionEndedElsewhere() {
        MapSession session = storedSession();
        Map<String, Session> outer = RequestSessionReads.open();
        sessions.save(sessions.findById(session.getId()));
        RequestSessionReads.close(outer);

        store.delegate.deleteById(session.getId()); // signed out on another instance
        RequestSessionReads.open();
        assertThat(sessions.findById(session.getId())).isNull();
        assertThat(store.reads).containsExactly(session.getId(), session.getId());
    }

    @Test
    void withoutARequestScopeEveryReadGoesToTheStore() {
        MapSession session = storedSession();
        sessions.save(sessions.findById(session.getId()));
        sessions.findById(session.getId());
        assertThat(store.reads).hasSize(2);
    }

    @Test
    void anIdChangedAfterTheSaveIsReadFromTheStore() {
        MapSession session = storedSession();
        String oldId = session.getId();
        RequestSessionReads.open();
        MapSession read = sessions.findById(oldId);
        sessions.save(read);
        read.changeSessionId();
        assertThat(sessions.findById(oldId)).isNotSameAs(read);
        assertThat(store.reads).containsExactly(oldId, oldId);
    }

    @Test
    void aSessionDeletedInTheRequestIsNotAnsweredFromTheScope() {
        MapSession session = storedSession();
        RequestSessionReads.open();
        sessions.save(sessions.findById(session.getId()));
        sessions.deleteById(session.getId());
        assertThat(sessions.findById(session.getId())).isNull();
    }

    @Test
    void anotherIdInTheSameRequestIsReadFromTheStore() {
        MapSession first = storedSession();
        MapSession second = storedSession();
        RequestSessionReads.open();
        sessions.save(sessions.findById(first.getId()));
        assertThat(sessions.findById(second.getId()).getId()).isEqualTo(second.getId());
        assertThat(store.reads).containsExactly(first.getId(), second.getId());
    }

    private MapSession storedSession() {
        MapSession session = store.delegate.createSession();
        store.delegate.save(session);
        return session;
    }

    private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final MapSessionRepository delegate = new MapSessionRepository(new ConcurrentHashMap<>());
        final List<String> reads = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return delegate.createSession();
        }

        @Override
        public void save(MapSession session) {
            delegate.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.add(id);
            return delegate.findById(id);
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
