package org.fagai.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.TileFigure;
import org.fagai.organization.UserDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The cockpit keeps its tiles a minute (as in production; the test profile's own cockpit keeps nothing), yet a figure
 * changed through a module's service shows at the next opening: the module's event drops that tile, and only that one.
 */
@FagaiIntegrationTest
class CockpitFreshnessTest {

    @Autowired
    List<CockpitTile> tiles;
    @Autowired
    UserDirectory users;
    @Autowired
    RegionDirectory regions;
    @Autowired
    Clock clock;
    @Autowired
    TileChanges changes;
    @Autowired
    SupervisionItems items;
    @Autowired
    JdbcClient jdbc;

    private static long assigned(Cockpit.View view) {
        return view.tiles().stream().filter(t -> t.key().equals("supervision")).findFirst()
                .flatMap(t -> t.figures().stream().filter(f -> "cockpit.supervision.assigned".equals(f.labelKey())).findFirst())
                .map(TileFigure::value).map(v -> Long.parseLong(v.replace(",", ""))).orElse(0L);
    }

    @Test
    @WithUserDetails("city")
    void aNewSupervisionItemShowsAtTheNextOpeningThoughTheTilesAreKeptAMinute() {
        Cockpit cockpit = new Cockpit(tiles, users, regions, clock, 60, changes);
        Cockpit.View before = cockpit.view(null, "339900");
        Cockpit.View again = cockpit.view(null, "339900");
        assertThat(again.computedAt()).as("kept: nothing changed").isEqualTo(before.computedAt());
        assertThat(again.refreshSeconds()).isEqualTo(60);

        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        items.assign(new NewItem("驾驶舱刷新测试", null, "COCKPIT_TEST", "fresh-1", null, unit, admin, List.of(), city,
                null, null, 10, null, null, List.of()));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> assigned(cockpit.view(null, "339900")) == assigned(before) + 1);
        Cockpit.View after = cockpit.view(null, "339900");
        before.computedAt().forEach((tile, at) -> {
            if (List.of("economy", "funds", "energy").contains(tile)) {
                assertThat(after.computedAt().get(tile)).as("%s: no event of its module, still kept", tile).isEqualTo(at);
            }
        });
    }
}
