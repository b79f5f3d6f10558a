package org.fagai.cockpit.internal;

import org.fagai.Bench;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The cockpit of the demo city (every tile) against its aim of 300 ms, and as a ratio to the key-project aggregate
 * alone in raw SQL on the same data in the same run. Run: {@code ./mvnw test -Pbenchmark -Dtest=CockpitBenchmark}.
 */
@FagaiIntegrationTest
class CockpitBenchmark {

    @Autowired
    Cockpit cockpit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theCityCockpitRendersWithinItsAim() {
        Bench.signInAdmin(users, encoder);
        double[][] times = Bench.timePair(5, 30, () -> cockpit.view(2023, "339900"),
                () -> jdbc.sql("SELECT count(*), sum(p.total_investment) FROM project_plan pl JOIN project p ON p.id = pl.project_id"
                        + " WHERE pl.year = 2023 AND pl.level = 'CITY' AND p.region_code LIKE '3399%'").query().singleRow());
        double view = Bench.median(times[0]);
        double raw = Bench.median(times[1]);
        System.out.printf("cockpit 2023 示范市 (all tiles): median %.1f ms, p95 %.1f ms — aim < 300 ms; raw key-project SQL %.1f ms, ratio %.1f%n",
                view, Bench.percentile(times[0], 95), raw, view / raw);
        org.assertj.core.api.Assertions.assertThat(view).isLessThan(300);
    }
}
