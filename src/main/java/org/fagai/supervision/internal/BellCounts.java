package org.fagai.supervision.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bell's unread counts, kept per user for {@code fagai.supervision.bell-keep} (5 s): a user who opens pages every
 * few seconds is counted once per interval, not once per page. A notification written, opened or marked read on this
 * instance drops the recipient's count at once and again when its transaction ends, so this instance's own changes
 * show on the next page; **a notification written on another instance shows on this one's bell up to that interval
 * later** (the notification list and the API always count afresh). A count read while any change was being made is
 * not kept. At most {@link #MAX_USERS} counts are kept; beyond, the map starts again.
 */
@Component
class BellCounts {

    static final int MAX_USERS = 20_000;

    private record Count(long unread, long readAt) {
    }

    private final long keepNanos;
    private final Map<Long, Count> counts = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    BellCounts(@Value("${fagai.supervision.bell-keep:5s}") Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    long unread(long userId, LongSupplier count) {
        long now = System.nanoTime();
        Count kept = counts.get(userId);
        if (kept != null && now - kept.readAt() < keepNanos) {
            return kept.unread();
        }
        long before = changes.get();
        long unread = count.getAsLong();
        if (keepNanos > 0 && changes.get() == before) {
            if (counts.size() >= MAX_USERS) {
                counts.clear();
            }
            counts.put(userId, new Count(unread, now));
        }
        return unread;
    }

    /** Drops the user's count now and when the current transaction, if any, has ended. */
    void changed(long userId) {
        forget(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(userId);
                }
            });
        }
    }

    private void forget(long userId) {
        changes.incrementAndGet();
        counts.remove(userId);
    }
}
