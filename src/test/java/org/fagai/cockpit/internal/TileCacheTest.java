package org.fagai.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.fagai.cockpit.Tile;
import org.junit.jupiter.api.Test;

class TileCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger computed = new AtomicInteger();

    private List<Tile> compute() {
        computed.incrementAndGet();
        return List.of(new Tile("projects", 200, "t", "s", "p", "/", List.of(), null));
    }

    private static TileCache.Key key(String region) {
        return new TileCache.Key(2023, 12, region, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aScopeIsComputedOnceWithinItsIntervalAndAgainOnceTheIntervalHasPassed() {
        TileCache cache = new TileCache(Duration.ofSeconds(60), 100, Clock.systemUTC(), nanos::get);
        TileCache.Entry first = cache.get(key("339900"), this::compute);
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.get(key("339900"), this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get(key("339900"), this::compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void regionsYearsAndLanguagesAreKeptApart() {
        TileCache cache = new TileCache(Duration.ofSeconds(60), 100, Clock.systemUTC(), nanos::get);
        cache.get(key("339900"), this::compute);
        cache.get(key("339902"), this::compute);
        cache.get(new TileCache.Key(2023, 12, "339900", Locale.ENGLISH), this::compute);
        cache.get(new TileCache.Key(2023, 6, "339900", Locale.SIMPLIFIED_CHINESE), this::compute);
        assertThat(computed).hasValue(4);
    }

    @Test
    void aZeroIntervalKeepsNothingAndTheCacheStaysBounded() {
        TileCache none = new TileCache(Duration.ZERO, 100, Clock.systemUTC(), nanos::get);
        none.get(key("339900"), this::compute);
        none.get(key("339900"), this::compute);
        assertThat(computed).hasValue(2);
        TileCache small = new TileCache(Duration.ofSeconds(60), 2, Clock.systemUTC(), nanos::get);
        small.get(key("339901"), this::compute);
        small.get(key("339902"), this::compute);
        small.get(key("339903"), this::compute);
        small.get(key("339903"), this::compute);
        assertThat(computed).as("the third scope cleared the full cache and is itself kept").hasValue(5);
    }
}
