package org.fagai.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk work runs the same statements thousands of times in one transaction (the foreign-key checks of every inserted row
 * too), where replanning each run costs twice the work itself: it lets PostgreSQL reuse a generic plan again for the
 * rest of the transaction. Pooled connections otherwise plan every statement for its parameters (the lists' skewed
 * filters need that, see {@code plan_cache_mode} in application.properties).
 */
public final class BulkPlans {

    private BulkPlans() {
    }

    public static void reuseGenericPlans(JdbcTemplate jdbc) {
        jdbc.execute("SET LOCAL plan_cache_mode = auto");
    }

    public static void reuseGenericPlans(JdbcClient jdbc) {
        jdbc.sql("SET LOCAL plan_cache_mode = auto").update();
    }
}
