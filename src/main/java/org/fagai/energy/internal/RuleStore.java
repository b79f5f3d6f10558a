package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules row and the scorecard's indicators as stored. */
@Component
class RuleStore {

    /** An indicator of the scorecard; {@code source} the figures the platform suggests its score from, null when scored by hand. */
    record Indicator(String code, String name, BigDecimal weight, int position, String description, ScoreSource source,
                     LocalDate retiredOn) {

        boolean retired() {
            return retiredOn != null;
        }
    }

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EnergyRules rules() {
        return jdbc.sql("""
                        SELECT province_tce, exempt_tce, exempt_wan_kwh, validity_years, lapse_warning_days, check_tolerance,
                               grade_exceeded, grade_completed, grade_basic FROM energy_rule WHERE id = 1""")
                .query((rs, n) -> new EnergyRules(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4), rs.getInt(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)))
                .optional().orElse(EnergyRules.DEFAULTS);
    }

    void save(EnergyRules r, String username) {
        jdbc.sql("""
                        UPDATE energy_rule SET province_tce = ?, exempt_tce = ?, exempt_wan_kwh = ?, validity_years = ?, lapse_warning_days = ?,
                          check_tolerance = ?, grade_exceeded = ?, grade_completed = ?, grade_basic = ?, updated_at = now(), updated_by = ?
                        WHERE id = 1""")
                .params(r.provinceTce(), r.exemptTce(), r.exemptWanKwh(), r.validityYears(), r.lapseWarningDays(), r.checkTolerance(),
                        r.gradeExceeded(), r.gradeCompleted(), r.gradeBasic(), username).update();
    }

    /** The scorecard in force: the indicators not retired, in order. */
    List<Indicator> indicators() {
        return indicators("WHERE retired_on IS NULL");
    }

    /** Every indicator ever on the scorecard, the retired ones last. */
    List<Indicator> allIndicators() {
        return indicators("ORDER BY retired_on IS NOT NULL, retired_on DESC,");
    }

    private List<Indicator> indicators(String whereOrOrder) {
        String sql = "SELECT code, name, weight, position, description, source, retired_on FROM energy_score_indicator "
                + (whereOrOrder.startsWith("WHERE") ? whereOrOrder + " ORDER BY" : whereOrOrder) + " position, code";
        return jdbc.sql(sql)
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6) == null ? null : ScoreSource.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class)))
                .list();
    }

    void insertIndicator(Indicator i, String username) {
        jdbc.sql("""
                        INSERT INTO energy_score_indicator (code, name, weight, position, description, source, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(i.code(), i.name(), i.weight(), i.position(), i.description(), i.source() == null ? null : i.source().name(), username)
                .update();
    }

    void updateIndicator(Indicator i, String username) {
        jdbc.sql("""
                        UPDATE energy_score_indicator SET name = ?, weight = ?, description = ?, source = ?, retired_on = ?, updated_at = now(),
                          updated_by = ? WHERE code = ?""")
                .params(i.name(), i.weight(), i.description(), i.source() == null ? null : i.source().name(), i.retiredOn(), username, i.code())
                .update();
    }

    void saveWeights(java.util.Map<String, BigDecimal> weights) {
        weights.forEach((code, weight) -> jdbc.sql("UPDATE energy_score_indicator SET weight = ? WHERE code = ?").params(weight, code).update());
    }
}
