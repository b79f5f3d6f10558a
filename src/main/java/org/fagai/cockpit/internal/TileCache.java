package org.fagai.cockpit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.fagai.cockpit.Tile;
import org.fagai.shared.ChinaTime;

/**
 * The cockpit's tiles of a scope, kept at most {@code ttl}: every instance keeps its own copy, so a figure is never older
 * than the interval the page states, whichever instance serves it (no invalidation message between instances is needed).
 * A TTL of zero keeps nothing. Bounded: past {@code maxEntries} scopes the expired ones go, and if none has, all.
 */
final class TileCache {

    record Key(int year, int throughMonth, String regionCode, Locale locale) {
    }

    record Entry(List<Tile> tiles, LocalDateTime computedAt, long expiresAtNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final LongSupplier nanos;

    TileCache(Duration ttl, int maxEntries, Clock clock, LongSupplier nanos) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.nanos = nanos;
    }

    Duration ttl() {
        return ttl;
    }

    /** The scope's tiles computed less than the TTL ago, else computed now (and kept for the next request). */
    Entry get(Key key, Supplier<List<Tile>> compute) {
        long now = nanos.getAsLong();
        Entry kept = entries.get(key);
        if (kept != null && now - kept.expiresAtNanos() < 0) {
            return kept;
        }
        Entry fresh = new Entry(List.copyOf(compute.get()), LocalDateTime.now(clock.withZone(ChinaTime.ZONE)),
                nanos.getAsLong() + ttl.toNanos());
        if (ttl.isZero() || ttl.isNegative()) {
            return fresh;
        }
        if (entries.size() >= maxEntries) {
            long at = nanos.getAsLong();
            entries.values().removeIf(e -> at - e.expiresAtNanos() >= 0);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, fresh);
        return fresh;
    }
}
