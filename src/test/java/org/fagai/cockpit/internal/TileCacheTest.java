package org.fagai.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.fagai.cockpit.Tile;
import org.junit.jupiter.api.Test;

class TileCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger computed = new AtomicInteger();
    private final TileChanges changes = new TileChanges();

    private Optional<Tile> compute(String tileKey) {
        computed.incrementAndGet();
        return Optional.of(new Tile(tileKey, 200, "t", "s", "p", "/", List.of(), null));
    }

    private Optional<Tile> projects() {
        return compute("projects");
    }

    private Optional<Tile> nothing() {
        computed.incrementAndGet();
        return Optional.empty();
    }

    private TileCache cache(Duration ttl, int maxScopes) {
        return new TileCache(ttl, maxScopes, Clock.systemUTC(), nanos::get, changes);
    }

    private static TileCache.Key key(String region) {
        return new TileCache.Key(2023, 12, region, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aTileIsComputedOnceWithinItsIntervalAndAgainOnceTheIntervalHasPassed() {
        TileCache cache = cache(Duration.ofSeconds(60), 100);
        TileCache.Entry first = cache.get(key("339900"), 0, this::projects);
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.get(key("339900"), 0, this::projects)).isSameAs(first);
        assertThat(computed).hasValue(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get(key("339900"), 0, this::projects)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aModulesChangeDropsItsOwnTileAtOnceAndKeepsTheOthers() {
        TileCache cache = cache(Duration.ofSeconds(60), 100);
        TileCache.Entry projects = cache.get(key("339900"), 0, this::projects);
        TileCache.Entry funds = cache.get(key("339900"), 1, () -> compute("funds"));
        TileCache.Entry districtProjects = cache.get(key("339902"), 0, this::projects);
        changes.changed(Set.of("projects"));
        assertThat(cache.get(key("339900"), 0, this::projects)).isNotSameAs(projects);
        assertThat(cache.get(key("339902"), 0, this::projects)).as("every scope's tile of that module").isNotSameAs(districtProjects);
        assertThat(cache.get(key("339900"), 1, () -> compute("funds"))).isSameAs(funds);
        assertThat(computed).hasValue(5);
    }

    @Test
    void aChangeWhileATileIsBeingComputedLeavesThatResultStale() {
        TileCache cache = cache(Duration.ofSeconds(60), 100);
        cache.get(key("339900"), 0, () -> {
            changes.changed(Set.of("projects"));
            return projects();
        });
        cache.get(key("339900"), 0, this::projects);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aScopeWithoutDataIsLookedAtAgainAfterAnyChange() {
        TileCache cache = cache(Duration.ofSeconds(60), 100);
        cache.get(key("339900"), 0, this::nothing);
        cache.get(key("339900"), 0, this::nothing);
        assertThat(computed).hasValue(1);
        changes.changed(Set.of("service"));
        cache.get(key("339900"), 0, this::nothing);
        assertThat(computed).hasValue(2);
    }

    @Test
    void regionsYearsAndLanguagesAreKeptApart() {
        TileCache cache = cache(Duration.ofSeconds(60), 100);
        cache.get(key("339900"), 0, this::projects);
        cache.get(key("339902"), 0, this::projects);
        cache.get(new TileCache.Key(2023, 12, "339900", Locale.ENGLISH), 0, this::projects);
        cache.get(new TileCache.Key(2023, 6, "339900", Locale.SIMPLIFIED_CHINESE), 0, this::projects);
        assertThat(computed).hasValue(4);
    }

    @Test
    void aZeroIntervalKeepsNothingAndTheCacheStaysBounded() {
        TileCache none = cache(Duration.ZERO, 100);
        none.get(key("339900"), 0, this::projects);
        none.get(key("339900"), 0, this::projects);
        assertThat(computed).hasValue(2);
        TileCache small = cache(Duration.ofSeconds(60), 2);
        small.get(key("339901"), 0, this::projects);
        small.get(key("339902"), 0, this::projects);
        small.get(key("339903"), 0, this::projects);
        small.get(key("339903"), 0, this::projects);
        assertThat(computed).as("the third scope cleared the full cache and is itself kept").hasValue(5);
    }
}
