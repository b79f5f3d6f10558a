package org.fagai.project.internal.registry;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk work runs the same statements thousands of times in one transaction, where replanning each run costs twice the
 * work itself: it lets PostgreSQL reuse a generic plan again. Pooled connections otherwise plan every statement for
 * its parameters (the lists' skewed filters need that, see {@code plan_cache_mode} in application.properties).
 */
public final class BulkPlans {

    private BulkPlans() {
    }

    public static void reuseGenericPlans(JdbcTemplate jdbc) {
        jdbc.execute("SET LOCAL plan_cache_mode = auto");
    }
}
