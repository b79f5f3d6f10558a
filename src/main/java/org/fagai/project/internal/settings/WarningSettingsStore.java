package org.fagai.project.internal.settings;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The warning thresholds (one row). Every report form, submit and project page asks for them, so they are kept in
 * memory and read again at most once per {@code fagai.project.settings-check} (1 s, as the working calendar's
 * revision): a change saved on another instance behind the load balancer counts here within that second, and this
 * instance's own save as soon as it commits.
 */
@Repository
public class WarningSettingsStore {

    private final JdbcClient jdbc;
    private final long checkNanos;
    private final AtomicReference<Kept> kept = new AtomicReference<>();

    private record Kept(WarningThresholds thresholds, long readAt) {
    }

    WarningSettingsStore(JdbcClient jdbc, @Value("${fagai.project.settings-check:1s}") Duration check) {
        this.jdbc = jdbc;
        this.checkNanos = check.toNanos();
    }

    public WarningThresholds load() {
        long now = System.nanoTime();
        Kept k = kept.get();
        if (k != null && now - k.readAt() < checkNanos) {
            return k.thresholds();
        }
        WarningThresholds read = read();
        kept.set(new Kept(read, now));
        return read;
    }

    private WarningThresholds read() {
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
        forgetAfterCommit();
    }

    /** Drops the kept thresholds now (a read in the saving transaction sees the new row) and again when it ends (committed or rolled back). */
    private void forgetAfterCommit() {
        kept.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    kept.set(null);
                }
            });
        }
    }
}
