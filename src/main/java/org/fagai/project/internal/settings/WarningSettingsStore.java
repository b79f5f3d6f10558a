package org.fagai.project.internal.settings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WarningSettingsStore {

    private final JdbcClient jdbc;

    WarningSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WarningThresholds load() {
        return jdbc.sql("SELECT * FROM project_warning_settings WHERE id = 1")
                .query((rs, i) -> new WarningThresholds(rs.getBigDecimal("yellow_gap_points"), rs.getBigDecimal("red_gap_points"),
                        rs.getInt("late_start_red_months"), rs.getInt("unregistered_yellow_months"),
                        rs.getInt("unregistered_red_months"), rs.getInt("report_window_days")))
                .optional().orElse(WarningThresholds.DEFAULTS);
    }

    public void save(WarningThresholds t) {
        jdbc.sql("""
                UPDATE project_warning_settings SET yellow_gap_points = ?, red_gap_points = ?, late_start_red_months = ?,
                  unregistered_yellow_months = ?, unregistered_red_months = ?, report_window_days = ? WHERE id = 1""")
                .params(t.yellowGapPoints(), t.redGapPoints(), t.lateStartRedMonths(), t.unregisteredYellowMonths(),
                        t.unregisteredRedMonths(), t.reportWindowDays()).update();
    }
}
