package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the annual and five-year targets. */
@Component("energyTargetStore")
class TargetStore {

    record Annual(String subjectType, String subjectCode, int year, BigDecimal intensityDecline,
                  BigDecimal co2IntensityDecline, BigDecimal totalCap, String tasks) {
    }

    record FiveYear(long id, String regionCode, String name, int baseYear, int endYear, BigDecimal baseEnergy,
                    BigDecimal baseCo2, BigDecimal baseGdp, BigDecimal intensityDecline, BigDecimal co2IntensityDecline,
                    BigDecimal totalCap) {
    }

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Annual> annual(String subjectType, List<String> codes, int year) {
        Map<String, Annual> result = new HashMap<>();
        jdbc.sql("""
                        SELECT subject_type, subject_code, year, intensity_decline, co2_intensity_decline, total_cap, tasks
                        FROM energy_target WHERE subject_type = ? AND subject_code = ANY(?::varchar[]) AND year = ?""")
                .params(subjectType, codes.toArray(String[]::new), year)
                .query(rs -> {
                    result.put(rs.getString(2), new Annual(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)));
                });
        return result;
    }

    Optional<Annual> annual(String subjectType, String code, int year) {
        return Optional.ofNullable(annual(subjectType, List.of(code), year).get(code));
    }

    /** The five-year target of a region that covers {@code year} (base year before it, end year not before it). */
    Optional<FiveYear> covering(String regionCode, int year) {
        return jdbc.sql("""
                        SELECT id, region_code, name, base_year, end_year, base_energy, base_co2, base_gdp, intensity_decline,
                               co2_intensity_decline, total_cap
                        FROM energy_period_target WHERE region_code = ? AND base_year < ? AND end_year >= ?
                        ORDER BY base_year DESC LIMIT 1""")
                .params(regionCode, year, year)
                .query(TargetStore::fiveYear).optional();
    }

    List<FiveYear> fiveYear(String regionPrefix) {
        return jdbc.sql("""
                        SELECT id, region_code, name, base_year, end_year, base_energy, base_co2, base_gdp, intensity_decline,
                               co2_intensity_decline, total_cap
                        FROM energy_period_target WHERE region_code LIKE ? ORDER BY region_code, base_year""")
                .param(regionPrefix + "%").query(TargetStore::fiveYear).list();
    }

    List<Annual> annualList(String subjectType, String prefix, Integer year) {
        return jdbc.sql("""
                        SELECT subject_type, subject_code, year, intensity_decline, co2_intensity_decline, total_cap, tasks
                        FROM energy_target WHERE (?::varchar IS NULL OR subject_type = ?) AND subject_code LIKE ? AND (?::int IS NULL OR year = ?)
                        ORDER BY year DESC, subject_type, subject_code""")
                .params(subjectType, subjectType, prefix + "%", year, year)
                .query((rs, n) -> new Annual(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)))
                .list();
    }

    private static FiveYear fiveYear(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FiveYear(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11));
    }
}
