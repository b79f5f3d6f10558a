package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The bell's count is kept a few seconds per user and dropped by this instance's own changes. */
class BellCountsTest {

    private final AtomicLong stored = new AtomicLong(3);
    private final AtomicLong countings = new AtomicLong();

    private long count() {
        countings.incrementAndGet();
        return stored.get();
    }

    @Test
    void aCountIsKeptForItsIntervalThenCountedAgain() throws InterruptedException {
        BellCounts bell = new BellCounts(Duration.ofMillis(300));
        assertThat(bell.unread(1, this::count)).isEqualTo(3);
        stored.set(4); // written on another instance: not seen within the interval
        assertThat(bell.unread(1, this::count)).isEqualTo(3);
        assertThat(countings).hasValue(1);
        Thread.sleep(350);
        assertThat(bell.unread(1, this::count)).isEqualTo(4);
        assertThat(countings).hasValue(2);
    }

    @Test
    void aChangeOnThisInstanceIsSeenOnTheNextPageAndOnlyTheRecipientsCountIsDropped() {
        BellCounts bell = new BellCounts(Duration.ofMinutes(1));
        bell.unread(1, this::count);
        bell.unread(2, this::count);
        stored.set(5);
        bell.changed(1);
        assertThat(bell.unread(1, this::count)).isEqualTo(5);
        assertThat(bell.unread(2, this::count)).isEqualTo(3);
    }

    @Test
    void aCountReadWhileAChangeIsMadeIsNotKept() {
        BellCounts bell = new BellCounts(Duration.ofMinutes(1));
        assertThat(bell.unread(1, () -> {
            bell.changed(1);
            return 3;
        })).isEqualTo(3);
        stored.set(6);
        assertThat(bell.unread(1, this::count)).isEqualTo(6);
    }

    @Test
    void aCountReadBeforeTheChangingTransactionCommittedIsDroppedWhenItEnds() {
        BellCounts bell = new BellCounts(Duration.ofMinutes(1));
        TransactionSynchronizationManager.initSynchronization();
        try {
            bell.changed(1);
            assertThat(bell.unread(1, this::count)).isEqualTo(3); // another request, before the commit
            stored.set(7);
            TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                    TransactionSynchronization.STATUS_COMMITTED);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(bell.unread(1, this::count)).isEqualTo(7);
    }

    @Test
    void withoutAnIntervalEveryPageCounts() {
        BellCounts bell = new BellCounts(Duration.ZERO);
        bell.unread(1, this::count);
        bell.unread(1, this::count);
        assertThat(countings).hasValue(2);
    }
}
