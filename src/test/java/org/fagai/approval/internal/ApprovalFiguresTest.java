package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApprovalFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The approval figures read each count from its own index (the period's receipts, the period's decisions, the open
 * applications in warning or overdue); they equal one pass over every application of the region counting the same
 * stored outcomes, for a city and a district, a whole year and a half year, with and without data.
 */
@FagaiIntegrationTest
class ApprovalFiguresTest {

    private static final String ONE_PASS = """
            SELECT count(*) FILTER (WHERE received_at >= ? AND received_at < ?),
                   count(*) FILTER (WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= ? AND closed_at < ?),
                   count(*) FILTER (WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= ? AND closed_at < ? AND on_time),
                   count(*) FILTER (WHERE closed_at IS NULL AND clock_state = 'WARNING'),
                   count(*) FILTER (WHERE closed_at IS NULL AND clock_state = 'OVERDUE')
            FROM approval_application WHERE region_code LIKE ?""";

    @Autowired
    ApprovalFigures figures;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("city")
    void eachFigureEqualsOnePassOverTheRegionsApplications() {
        for (String region : List.of("339900", "339902", "339903")) {
            for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)},
                    new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)},
                    new LocalDate[] {LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31)})) {
                LocalDate from = period[0];
                LocalDate to = period[1].plusDays(1);
                String prefix = region.endsWith("00") ? region.substring(0, 4) + "%" : region + "%";
                long[] expected = jdbc.sql(ONE_PASS).params(from, to, from, to, from, to, prefix)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                        .single();
                ApprovalFigures.Figures f = figures.figures(period[0], period[1], region);
                assertThat(new long[] {f.received(), f.decided(), f.onTime(), f.warningNow(), f.overdueNow()})
                        .as("%s %s–%s", region, period[0], period[1]).containsExactly(expected);
            }
        }
        assertThat(figures.figures(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "339900").decided()).isPositive();
    }
}
