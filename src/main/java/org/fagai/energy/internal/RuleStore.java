package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules row and the scorecard's indicators as stored. */
@Component
class RuleStore {

    /** An indicator of the scorecard; {@code source} the figures the platform suggests its score from, null when scored by hand. */
    record Indicator(String code, String name, BigDecimal weight, int position, String description, ScoreSource source) {
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

    List<Indicator> indicators() {
        return jdbc.sql("SELECT code, name, weight, position, description, source FROM energy_score_indicator ORDER BY position, code")
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6) == null ? null : ScoreSource.valueOf(rs.getString(6))))
                .list();
    }

    void saveWeights(java.util.Map<String, BigDecimal> weights) {
        weights.forEach((code, weight) -> jdbc.sql("UPDATE energy_score_indicator SET weight = ? WHERE code = ?").params(weight, code).update());
    }
}
