package org.fagai.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly progress versions; the cumulative figures are computed here, never stored or typed. */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a report as the month's new current version; returns its version number. */
    int append(long projectId, YearMonth month, BigDecimal amount, String siteStatus, String problems, String actor) {
        // concurrent reports of one project wait here, so each reads the version the previous one wrote
        jdbc.sql("SELECT id FROM project WHERE id = ? FOR NO KEY UPDATE").param(projectId).query(Long.class).optional();
        try {
            return insertNextVersion(projectId, month, amount, siteStatus, problems, actor);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("month", "该月进度已被他人更新，请刷新后重试");
        }
    }

    private int insertNextVersion(long projectId, YearMonth month, BigDecimal amount, String siteStatus, String problems,
                                  String actor) {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM project_progress WHERE project_id = ? AND month = ?")
                .params(projectId, month.atDay(1)).query(Integer.class).single();
        jdbc.sql("UPDATE project_progress SET current = FALSE WHERE project_id = ? AND month = ? AND current")
                .params(projectId, month.atDay(1)).update();
        jdbc.sql("""
                INSERT INTO project_progress (project_id, month, version, current, completed_investment, site_status, problems, reported_by)
                VALUES (?, ?, ?, TRUE, ?, ?, ?, ?)""")
                .params(projectId, month.atDay(1), version, amount, siteStatus, problems, actor).update();
        return version;
    }

    BigDecimal yearToDate(long projectId, YearMonth month) {
        return jdbc.sql("""
                SELECT coalesce(sum(completed_investment), 0) FROM project_progress
                WHERE project_id = ? AND current AND month BETWEEN ? AND ?""")
                .params(projectId, LocalDate.of(month.getYear(), 1, 1), month.atDay(1)).query(BigDecimal.class).single();
    }

    /** The current version of every reported month, oldest first, with cumulative figures. */
    List<ProgressRow> history(long projectId, BigDecimal completedBefore, BigDecimal totalInvestment) {
        return jdbc.sql("""
                SELECT g.month, g.version, g.completed_investment, g.site_status, g.problems, g.reported_by, g.reported_at,
                       sum(g.completed_investment) OVER (PARTITION BY extract(year FROM g.month) ORDER BY g.month) AS ytd,
                       sum(g.completed_investment) OVER (ORDER BY g.month) AS since_start,
                       (SELECT pl.planned_investment FROM project_plan pl WHERE pl.project_id = g.project_id
                          AND pl.year = extract(year FROM g.month)
                          ORDER BY CASE pl.level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 ELSE 2 END LIMIT 1) AS plan
                FROM project_progress g WHERE g.project_id = ? AND g.current ORDER BY g.month""")
                .param(projectId)
                .query((rs, i) -> {
                    BigDecimal ytd = rs.getBigDecimal("ytd");
                    BigDecimal plan = rs.getBigDecimal("plan");
                    BigDecimal sinceStart = rs.getBigDecimal("since_start").add(completedBefore);
                    return new ProgressRow(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("version"),
                            rs.getBigDecimal("completed_investment"), rs.getString("site_status"), rs.getString("problems"),
                            rs.getString("reported_by"),
                            rs.getObject("reported_at", OffsetDateTime.class).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                            ytd, plan, WarningRules.percent(ytd, plan), sinceStart, WarningRules.percent(sinceStart, totalInvestment));
                }).list();
    }

    /** Every version of one month, newest first: the correction history. */
    List<ProgressVersion> versions(long projectId, YearMonth month) {
        return jdbc.sql("""
                SELECT version, current, completed_investment, site_status, reported_by, reported_at FROM project_progress
                WHERE project_id = ? AND month = ? ORDER BY version DESC""")
                .params(projectId, month.atDay(1))
                .query((rs, i) -> new ProgressVersion(rs.getInt("version"), rs.getBoolean("current"),
                        rs.getBigDecimal("completed_investment"), rs.getString("site_status"), rs.getString("reported_by"),
                        rs.getObject("reported_at", OffsetDateTime.class).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime()))
                .list();
    }

    Optional<LocalDate> reopenedUntil(long projectId, YearMonth month) {
        return jdbc.sql("SELECT open_until FROM project_month_reopen WHERE project_id = ? AND month = ?")
                .params(projectId, month.atDay(1)).query(LocalDate.class).optional();
    }

    /** Months of this project reopened and still open today, with the date each stays open until. */
    java.util.Map<YearMonth, LocalDate> reopenedMonths(long projectId, LocalDate today) {
        java.util.Map<YearMonth, LocalDate> months = new java.util.HashMap<>();
        jdbc.sql("SELECT month, open_until FROM project_month_reopen WHERE project_id = ? AND open_until >= ?")
                .params(projectId, today)
                .query(rs -> {
                    months.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getObject(2, LocalDate.class));
                });
        return months;
    }

    void reopen(long projectId, YearMonth month, LocalDate until, String actor) {
        jdbc.sql("""
                INSERT INTO project_month_reopen (project_id, month, open_until, reopened_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (project_id, month) DO UPDATE SET open_until = excluded.open_until,
                  reopened_by = excluded.reopened_by, reopened_at = now()""")
                .params(projectId, month.atDay(1), until, actor).update();
    }

    record ProgressVersion(int version, boolean current, BigDecimal completedInvestment, String siteStatus,
                           String reportedBy, OffsetDateTime reportedAt) {
    }
}
