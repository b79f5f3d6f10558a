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

/**
 * Within one request a session just saved is not read back; every request's first read goes to the store. A session
 * read from the store is written only when something but its access time changed, or the access moved a minute or more.
 */
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
        Session read = sessions.findById(session.getId());
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
        Session read = sessions.findById(oldId);
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

    @Test
    void aSessionWhoseOnlyChangeIsAnAccessWithinAMinuteIsNotWrittenYetAnsweredWithinTheRequest() {
        MapSession session = storedSession();
        RequestSessionReads.open();
        Session read = sessions.findById(session.getId());
        read.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(59));
        sessions.save(read);
        assertThat(store.saves).isEmpty();
        assertThat(sessions.findById(session.getId())).isSameAs(read);
        assertThat(store.reads).containsExactly(session.getId());
    }

    @Test
    void anAccessAMinuteOrMoreAfterTheWrittenOneIsWrittenAndBecomesTheNewMark() {
        MapSession session = storedSession();
        Session read = sessions.findById(session.getId());
        read.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(60));
        sessions.save(read);
        assertThat(store.saves).containsExactly(session.getId());
        assertThat(store.delegate.findById(session.getId()).getLastAccessedTime())
                .isEqualTo(session.getLastAccessedTime().plusSeconds(60));

        read.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(100));
        sessions.save(read);
        assertThat(store.saves).hasSize(1);
    }

    @Test
    void anAttributeSetOrRemovedANewIdOrTimeoutIsWrittenAtOnce() {
        MapSession session = storedSession();
        session.setAttribute("kept", "yes");
        store.delegate.save(session);

        Session set = sessions.findById(session.getId());
        set.setAttribute("note", "x");
        sessions.save(set);
        Session removed = sessions.findById(session.getId());
        removed.removeAttribute("kept");
        sessions.save(removed);
        Session timeout = sessions.findById(session.getId());
        timeout.setMaxInactiveInterval(java.time.Duration.ofMinutes(5));
        sessions.save(timeout);
        Session renamed = sessions.findById(session.getId());
        String newId = renamed.changeSessionId();
        sessions.save(renamed);

        assertThat(store.saves).hasSize(4);
        MapSession written = store.delegate.findById(newId);
        assertThat(written.<String>getAttribute("note")).isEqualTo("x");
        assertThat(written.getAttributeNames()).doesNotContain("kept");
        assertThat(written.getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(store.delegate.findById(session.getId())).isNull();
    }

    @Test
    void aNewSessionIsAlwaysWritten() {
        Session created = sessions.createSession();
        sessions.save(created);
        assertThat(store.saves).containsExactly(created.getId());
    }

    private MapSession storedSession() {
        MapSession session = store.delegate.createSession();
        store.delegate.save(session);
        return session;
    }

    private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final MapSessionRepository delegate = new MapSessionRepository(new ConcurrentHashMap<>());
        final List<String> reads = new ArrayList<>();
        final List<String> saves = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return delegate.createSession();
        }

        @Override
        public void save(MapSession session) {
            saves.add(session.getId());
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
