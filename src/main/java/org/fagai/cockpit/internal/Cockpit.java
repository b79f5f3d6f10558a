package org.fagai.cockpit.internal;

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
import java.util.Set;
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
import org.fagai.shared.Years;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    Cockpit(List<CockpitTile> tiles, UserDirectory users, RegionDirectory regions, Clock clock,
            @Value("${fagai.cockpit.cache-seconds:60}") long cacheSeconds, TileChanges changes) {
        this.tiles = tiles;
        this.users = users;
        this.regions = regions;
        this.clock = clock;
        this.cache = new TileCache(Duration.ofSeconds(Math.max(0, cacheSeconds)), 500, clock, System::nanoTime, changes);
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
            throw FieldErrors.of("year", "年份不能晚于今年：" + y);
        }
        String code = region == null || region.isBlank() ? user.regionCode() : region.strip();
        RegionCode parsed;
        try {
            parsed = RegionCode.of(code);
        } catch (InvalidCodeException e) {
            throw FieldErrors.of("region", "地区代码无效：" + e.getMessage());
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

    /** The cockpit of a year and region: the user's rights checked on every request, the tiles kept for the cache's TTL. */
    @Transactional(readOnly = true)
    View view(Integer year, String region) {
        CockpitScope scope = resolve(year, region, false);
        Locale locale = LocaleContextHolder.getLocale();
        TileCache.Key key = new TileCache.Key(scope.year(), scope.throughMonth(), scope.regionCode(), locale);
        List<Tile> shown = new ArrayList<>();
        Map<String, LocalDateTime> computedAt = new HashMap<>();
        LocalDateTime oldest = null;
        for (int i = 0; i < tiles.size(); i++) {
            CockpitTile contributor = tiles.get(i);
            TileCache.Entry entry = cache.get(key, i, () -> contributor.tile(scope));
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
    @Transactional(readOnly = true)
    List<Tile> tiles(CockpitScope scope) {
        List<Tile> shown = new ArrayList<>();
        for (CockpitTile tile : tiles) {
            tile.tile(scope).ifPresent(shown::add);
        }
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
