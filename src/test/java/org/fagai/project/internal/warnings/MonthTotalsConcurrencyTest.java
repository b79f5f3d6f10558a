package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two reports of one region committing at once each rebuild the region's month totals (found by the month-end load
 * test: the second insert met the first one's rows, a 409 for an owner who did nothing wrong). They take turns now.
 */
@FagaiIntegrationTest
class MonthTotalsConcurrencyTest {

    @Autowired
    MonthTotals totals;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoRebuildsOfOneRegionOverlappingInTimeBothCommitWithTheSameTotals() throws Exception {
        List<java.util.Map<String, Object>> busiest = jdbc.sql("""
                SELECT region_code, extract(year FROM month)::int AS year FROM project_month_total
                GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1""").query().listOfRows();
        assertThat(busiest).as("the demo data has month totals").isNotEmpty();
        String region = (String) busiest.get(0).get("region_code");
        int year = ((Number) busiest.get(0).get("year")).intValue();
        String before = snapshot(region, year);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> rebuildAndHold(region, year, 600));
        Thread.sleep(150);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> rebuildAndHold(region, year, 0));
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        assertThat(snapshot(region, year)).isNotNull().isEqualTo(before);
    }

    private void rebuildAndHold(String region, int year, long millis) {
        transactions.executeWithoutResult(status -> {
            totals.rebuild(year, 1, 12, Set.of(region));
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private String snapshot(String region, int year) {
        return jdbc.sql("""
                SELECT string_agg(month || level || nature || stage || section || colour || projects || planned || year_to_date
                       || total_investment || registered, '|' ORDER BY month, level, nature, stage, section, colour)
                FROM project_month_total WHERE region_code = ? AND extract(year FROM month) = ?""")
                .params(region, year).query(String.class).single();
    }
}
