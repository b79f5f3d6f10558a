package org.fagai.cockpit.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitScopes;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.Tile;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The cockpit of a year and region: who may see it (the commission's leaders and staff, a district for its own
 * district), which period it covers, and every module's tile, in page order. Tiles the issue expects that no module
 * contributes (or that hold no data for the scope) are named as missing, never shown empty.
 */
@Service
class Cockpit implements CockpitScopes {

    /** The tiles a commission's leaders expect (issue 19); those without a contributing module are listed as missing. */
    static final List<String> EXPECTED = List.of("economy", "projects", "approvals", "credit", "attraction", "funds", "energy",
            "supervision", "service");

    private static final Set<Role> VIEWERS = Set.of(Role.ADMIN, Role.LEADER, Role.STAFF, Role.DISTRICT);

    private final List<CockpitTile> tiles;
    private final UserDirectory users;
    private final RegionDirectory regions;
    private final Clock clock;
    private final TileCache cache;
    private final TileRunner runner;

    @Autowired
    Cockpit(List<CockpitTile> tiles, UserDirectory users, RegionDirectory regions, Clock clock,
            @Value("${fagai.cockpit.cache-seconds:60}") long cacheSeconds, TileChanges changes,
            @Value("${fagai.cockpit.tile-threads:2}") int tileThreads) {
        this.runner = new TileRunner(tileThreads);
        this.tiles = tiles;
        this.users = users;
        this.regions = regions;
        this.clock = clock;
        this.cache = new TileCache(Duration.ofSeconds(Math.max(0, cacheSeconds)), 500, clock, System::nanoTime, changes);
    }

    /** One after the other on the caller's thread (tests and benchmarks that build their own). */
    Cockpit(List<CockpitTile> tiles, UserDirectory users, RegionDirectory regions, Clock clock, long cacheSeconds, TileChanges changes) {
        this(tiles, users, regions, clock, cacheSeconds, changes, 1);
    }

    @PreDestroy
    void stop() {
        runner.close();
    }

    record Choice(String code, String name) {
    }

    /**
     * @param generatedAt    when the oldest tile shown was computed (at most {@code refreshSeconds} ago)
     * @param refreshSeconds how old a figure may be: a tile is kept that long unless its module announces a change
     *                       (0: computed on every opening)
     * @param computedAt     when each tile (by key) was computed
     */
    record View(int year, String regionCode, String regionName, String period, LocalDateTime generatedAt, long refreshSeconds,
                List<Tile> tiles, Map<String, LocalDateTime> computedAt, List<String> missing, List<Choice> regions) {
    }

    @Override
    public CockpitScope resolve(Integer year, String region, boolean halfYear) {
        CurrentUser user = users.requireCurrent();
        if (!VIEWERS.contains(user.role())) {
            throw new AccessDeniedException("领导驾驶舱仅供委领导、科室和区县人员查看");
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        int y = year == null ? today.getYear() : Years.check("year", year);
        if (y > today.getYear()) {
            throw FieldErrors.of("year", StoredText.of("cockpit.error.futureYear", y));
        }
        String code = region == null || region.isBlank() ? user.regionCode() : region.strip();
        RegionCode parsed;
        try {
            parsed = RegionCode.of(code);
        } catch (InvalidCodeException e) {
            throw FieldErrors.of("region", StoredText.of("cockpit.error.region", e.getMessage()));
        }
        if (!user.canSeeRegion(parsed.value())) {
            throw new AccessDeniedException("地区 " + code + " 不在您的管辖范围内");
        }
        int month = y < today.getYear() ? 12 : Math.max(1, today.getMonthValue() - 1);
        if (halfYear) {
            month = Math.min(month, 6);
        }
        String name = regions.find(parsed.value()).map(RegionView::name).orElse(parsed.value());
        return new CockpitScope(y, month, parsed.value(), name);
    }

    /**
     * The cockpit of a year and region: the user's rights checked on every request, the tiles kept for the cache's TTL, those
     * to compute computed side by side (each module's call its own read; no transaction held here while they run).
     */
    View view(Integer year, String region) {
        CockpitScope scope = resolve(year, region, false);
        Locale locale = LocaleContextHolder.getLocale();
        TileCache.Key key = new TileCache.Key(scope.year(), scope.throughMonth(), scope.regionCode(), locale);
        List<Tile> shown = new ArrayList<>();
        Map<String, LocalDateTime> computedAt = new HashMap<>();
        LocalDateTime oldest = null;
        // the tiles still kept are read here; only those to compute go to the runner
        List<TileCache.Entry> entries = new ArrayList<>();
        List<Supplier<TileCache.Entry>> work = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            CockpitTile contributor = tiles.get(i);
            int index = i;
            cache.kept(key, i).ifPresentOrElse(entries::add,
                    () -> work.add(() -> cache.get(key, index, () -> contributor.tile(scope))));
        }
        entries.addAll(runner.all(work));
        for (TileCache.Entry entry : entries) {
            oldest = oldest == null || entry.computedAt().isBefore(oldest) ? entry.computedAt() : oldest;
            entry.tile().ifPresent(tile -> {
                shown.add(tile);
                computedAt.put(tile.key(), entry.computedAt());
            });
        }
        shown.sort(Comparator.comparingInt(Tile::order));
        List<String> present = shown.stream().map(Tile::key).toList();
        List<String> missing = EXPECTED.stream().filter(k -> !present.contains(k)).toList();
        return new View(scope.year(), scope.regionCode(), scope.regionName(), scope.periodLabel(),
                oldest == null ? LocalDateTime.now(clock.withZone(ChinaTime.ZONE)) : oldest, cache.ttl().toSeconds(), shown,
                computedAt, missing, choices());
    }

    /** Every module's tile of the scope, computed now (no cache), in page order. */
    List<Tile> tiles(CockpitScope scope) {
        List<Tile> shown = new ArrayList<>();
        List<Supplier<Optional<Tile>>> work = tiles.stream().<Supplier<Optional<Tile>>>map(tile -> () -> tile.tile(scope)).toList();
        runner.all(work).forEach(tile -> tile.ifPresent(shown::add));
        shown.sort(Comparator.comparingInt(Tile::order));
        return shown;
    }

    /** The user's own region and the regions under it (a city's districts). */
    private List<Choice> choices() {
        CurrentUser user = users.requireCurrent();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(user.regionCode(), regions.find(user.regionCode()).map(RegionView::name).orElse(user.regionName())));
        for (RegionView child : regions.children(user.regionCode())) {
            choices.add(new Choice(child.code(), child.name()));
        }
        return choices;
    }
}
