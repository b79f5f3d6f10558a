package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored report figures of a region summed in SQL: by part (district of a city, town of a county …), year and
 * month for two years, and by enterprise for the contributors to the change. Reads the figures the conversion
 * stored; restates no rule.
 */
@Component
class RegionSums {

    /** One part's sums of one month. */
    record Cell(String part, int year, int month, BigDecimal tce, BigDecimal raw, BigDecimal nonFossil, BigDecimal controlled,
                BigDecimal equivalent, long equivalentReports, BigDecimal co2, BigDecimal output, long reports) {
    }

    record Enterprise(String creditCode, String name, String regionCode, BigDecimal current, BigDecimal lastYear,
                      BigDecimal change) {
    }

    record Contributors(List<Enterprise> increases, List<Enterprise> decreases, long enterprises) {
    }

    private final JdbcClient jdbc;

    RegionSums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a region's rows are grouped by: its prefectures, counties or towns; the condition keeping its rows. */
    record Scope(String partColumn, String condition, String parameter) {

        static Scope of(String regionCode) {
            if (regionCode.length() == 9) {
                return new Scope("region_code", "region_code = ?", regionCode);
            }
            if (regionCode.endsWith("0000")) {
                return new Scope("left(county_code, 4) || '00'", "county_code LIKE ?", regionCode.substring(0, 2) + "%");
            }
            if (regionCode.endsWith("00")) {
                return new Scope("county_code", "county_code LIKE ?", regionCode.substring(0, 4) + "%");
            }
            return new Scope("region_code", "county_code = ?", regionCode);
        }
    }

    List<Cell> monthly(String regionCode, int year) {
        Scope scope = Scope.of(regionCode);
        return jdbc.sql("SELECT " + scope.partColumn() + ", year, month, sum(tce), sum(tce_raw), sum(tce_non_fossil),"
                        + " sum(tce_controlled), sum(tce_equivalent), count(tce_equivalent), sum(co2), sum(output_value), count(*)"
                        + " FROM energy_report WHERE " + scope.condition() + " AND year IN (?, ?) GROUP BY 1, 2, 3")
                .params(scope.parameter(), year, year - 1)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getLong(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getLong(12)))
                .list();
    }

    /** The ten enterprises whose energy under control rose most against the same months last year, the five that fell most. */
    Contributors contributors(String regionCode, int year, int month) {
        Scope scope = Scope.of(regionCode);
        List<Enterprise> up = new ArrayList<>();
        List<Enterprise> down = new ArrayList<>();
        long[] count = new long[1];
        jdbc.sql("WITH e AS (SELECT credit_code, max(enterprise_name) AS name, max(region_code) AS region,"
                        + " sum(tce_controlled) FILTER (WHERE year = ?) AS cur, sum(tce_controlled) FILTER (WHERE year = ?) AS last"
                        + " FROM energy_report WHERE " + scope.condition() + " AND year IN (?, ?) AND month <= ? GROUP BY credit_code),"
                        + " d AS (SELECT *, coalesce(cur, 0) - coalesce(last, 0) AS change FROM e)"
                        + " (SELECT 'U', credit_code, name, region, cur, last, change FROM d WHERE change > 0 ORDER BY change DESC, credit_code LIMIT 10)"
                        + " UNION ALL (SELECT 'D', credit_code, name, region, cur, last, change FROM d WHERE change < 0 ORDER BY change, credit_code LIMIT 5)"
                        + " UNION ALL SELECT 'N', NULL, NULL, NULL, NULL, NULL, count(*) FILTER (WHERE cur IS NOT NULL) FROM d")
                .params(year, year - 1, scope.parameter(), year, year - 1, month)
                .query(rs -> {
                    String kind = rs.getString(1);
                    if ("N".equals(kind)) {
                        count[0] = rs.getLong(7);
                        return;
                    }
                    Enterprise e = new Enterprise(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7));
                    ("U".equals(kind) ? up : down).add(e);
                });
        return new Contributors(up, down, count[0]);
    }

    /** The latest month any report of the region is for, for default page periods. */
    java.util.Optional<java.time.YearMonth> latestMonth(String regionCode) {
        Scope scope = Scope.of(regionCode);
        return jdbc.sql("SELECT year, month FROM energy_report WHERE " + scope.condition() + " ORDER BY year DESC, month DESC LIMIT 1")
                .param(scope.parameter())
                .query((rs, n) -> java.time.YearMonth.of(rs.getInt(1), rs.getInt(2))).optional();
    }
}
