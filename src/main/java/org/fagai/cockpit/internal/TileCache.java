package org.fagai.cockpit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.fagai.cockpit.Tile;
import org.fagai.shared.ChinaTime;

/**
 * Each module's tile of a scope, kept at most {@code ttl} and dropped as soon as a module's event marks its tile changed
 * ({@link TileChanges}): on this instance a change shows at the next opening; every other instance keeps its own copy,
 * so a figure there is never older than the interval the page states. A TTL of zero keeps nothing. Bounded: past
 * {@code maxScopes} scopes the expired ones go, and if none has, all.
 */
final class TileCache {

    record Key(int year, int throughMonth, String regionCode, Locale locale) {
    }

    /** One contributor's tile (empty: no data for the scope), when it was computed, and the last change it had seen. */
    record Entry(Optional<Tile> tile, LocalDateTime computedAt, long expiresAtNanos, long seenChange) {
    }

    private final Map<Key, Map<Integer, Entry>> scopes = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxScopes;
    private final Clock clock;
    private final LongSupplier nanos;
    private final TileChanges changes;

    TileCache(Duration ttl, int maxScopes, Clock clock, LongSupplier nanos, TileChanges changes) {
        this.ttl = ttl;
        this.maxScopes = maxScopes;
        this.clock = clock;
        this.nanos = nanos;
        this.changes = changes;
    }

    Duration ttl() {
        return ttl;
    }

    /**
     * The contributor's tile of the scope computed less than the TTL ago and unchanged since, else computed now (and kept).
     * The change sequence is read before computing: a change committed while computing makes the result stale at once.
     */
    Entry get(Key key, int contributor, Supplier<Optional<Tile>> compute) {
        Optional<Entry> still = kept(key, contributor);
        if (still.isPresent()) {
            return still.get();
        }
        Map<Integer, Entry> kept = scopes.get(key);
        long seen = changes.now();
        Entry fresh = new Entry(compute.get(), LocalDateTime.now(clock.withZone(ChinaTime.ZONE)), nanos.getAsLong() + ttl.toNanos(), seen);
        if (ttl.isZero() || ttl.isNegative()) {
            return fresh;
        }
        if (kept == null && scopes.size() >= maxScopes) {
            long at = nanos.getAsLong();
            scopes.values().removeIf(tiles -> tiles.values().stream().allMatch(e -> at - e.expiresAtNanos() >= 0));
            if (scopes.size() >= maxScopes) {
                scopes.clear();
            }
        }
        scopes.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(contributor, fresh);
        return fresh;
    }

    /** The contributor's tile of the scope if it is kept, computed less than the TTL ago and unchanged since. */
    Optional<Entry> kept(Key key, int contributor) {
        Map<Integer, Entry> kept = scopes.get(key);
        Entry entry = kept == null ? null : kept.get(contributor);
        if (entry != null && nanos.getAsLong() - entry.expiresAtNanos() < 0 && entry.seenChange() >= lastChange(entry)) {
            return Optional.of(entry);
        }
        return Optional.empty();
    }

    /** An empty tile may fill with any module's data: any change at all makes it stale. */
    private long lastChange(Entry entry) {
        return changes.lastChange(entry.tile().map(Tile::key).orElse(null));
    }
}
