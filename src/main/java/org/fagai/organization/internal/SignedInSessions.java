package org.fagai.organization.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a user holds on any instance (they live in PostgreSQL): a lock or a disabled account ends them all,
 * not only the one on the instance that saw it.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Returns how many sessions were ended. */
    int endAllOf(String username) {
        var held = sessions.findByPrincipalName(username).keySet();
        held.forEach(sessions::deleteById);
        return held.size();
    }
}
