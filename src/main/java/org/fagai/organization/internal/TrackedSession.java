package org.fagai.organization.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;

/**
 * A session read from the store, which knows whether the request changed anything but its last access: an attribute
 * set or removed, a new id, a new timeout. {@link RequestSessionReads} writes it only then, or when its access time
 * moved at least {@link SessionStore#ACCESS_WRITE_INTERVAL_MS} past the one it was read (or last written) with — the
 * same rule as the store's coalescing update, which no longer needs a transaction to find that nothing changed.
 * Spring Session saves attributes only when they are set ({@code SaveMode.ON_SET_ATTRIBUTE}), so an attribute changed
 * in place was not written before either.
 */
final class TrackedSession implements Session {

    private final Session stored;
    private Instant writtenAccess;
    private boolean changed;

    TrackedSession(Session stored) {
        this.stored = stored;
        this.writtenAccess = stored.getLastAccessedTime();
    }

    Session stored() {
        return stored;
    }

    boolean needsWrite() {
        return changed || Duration.between(writtenAccess, stored.getLastAccessedTime()).toMillis()
                >= SessionStore.ACCESS_WRITE_INTERVAL_MS;
    }

    void written() {
        changed = false;
        writtenAccess = stored.getLastAccessedTime();
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        changed = true;
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        changed = true;
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        changed = true;
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        stored.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        changed = true;
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
