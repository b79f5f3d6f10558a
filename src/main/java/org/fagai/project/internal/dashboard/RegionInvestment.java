package org.fagai.project.internal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.fagai.project.KeyProjectInvestment;
import org.fagai.project.internal.warnings.MonthTotals;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the year-to-date figure the warnings stored per month and region ({@link MonthTotals}). */
@Service
class RegionInvestment implements KeyProjectInvestment {

    private final JdbcClient jdbc;

    RegionInvestment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BigDecimal> completedYearToDate(String regionCode, int year, int month) {
        return jdbc.sql("""
                        SELECT sum(year_to_date) FROM project_month_total
                        WHERE level = ? AND month = ? AND region_code LIKE ?
                        HAVING count(*) > 0""")
                .params(MonthTotals.ANY_LEVEL, LocalDate.of(year, month, 1), RegionCode.of(regionCode).scopePrefix() + "%")
                .query(BigDecimal.class).optional();
    }
}
