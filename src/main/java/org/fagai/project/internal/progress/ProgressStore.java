package org.fagai.project.internal.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.fagai.project.internal.registry.CountedPlan;
import org.fagai.shared.Percent;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.BinaryCopy;
import org.fagai.shared.ConflictException;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Monthly progress versions; the cumulative figures are computed here, never stored or typed. */
@Repository
public class ProgressStore {

    /**
     * How {@link #store} locks the reported projects (in id order): a caller that reads them anyway may lock them so
     * itself, then store with {@link #storeLocked}.
     */
    public static final String LOCK = "FOR NO KEY UPDATE";

    /** The versions are written with binary COPY: the rows' values are stored as they come, not parsed from arrays. */
    private static final String VERSIONS = "COPY project_progress (project_id, month, version, current, completed_investment,"
            + " site_status, problems, reported_by, workers_planned, workers_on_site, machines)";

    private final JdbcClient jdbc;
    private final JdbcTemplate copy;

    ProgressStore(JdbcClient jdbc, JdbcTemplate copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** A report of one project, as stored. */
    public record Entry(long projectId, ProgressReport report) {
    }

    /**
     * A report as stored: its version, and whether it changed the month's amount (a first report, or a correction to
     * another amount). A correction of the other fields alone changes no year-to-date figure and so no warning: only a
     * changed amount is a {@link org.fagai.project.ProgressReported}.
     */
    public record Stored(int version, boolean amountChanged) {
    }

    /**
     * Stores each report as its month's new current version and returns them as stored, in order (version 1 = first
     * report, 2+ = corrections): the one write path of the form, the API and the import. Any number of reports costs
     * three statements (the lock, the retiring UPDATE, the new versions' COPY). Concurrent reports of a project queue on it, so each reads
     * the version the previous one wrote; should a version still collide, it is a 409.
     */
    public List<Stored> store(List<Entry> entries, String actor) {
        Long[] ids = entries.stream().map(Entry::projectId).toArray(Long[]::new);
        // The lock is also the reference check of the whole statement (project_progress has no per-row key, see
        // V202612120501): a project locked here cannot be deleted before commit.
        int locked = jdbc.sql("SELECT id FROM project WHERE id IN (SELECT unnest(?::bigint[])) ORDER BY id " + LOCK)
                .param(ids).query(Long.class).list().size();
        if (locked != Arrays.stream(ids).distinct().count()) {
            throw new NotFoundException("项目不存在：进度所属的项目已被删除");
        }
        return storeLocked(entries, actor);
    }

    /**
     * {@link #store} when the caller has already locked every reported project in this transaction with {@link #LOCK}
     * (which found them all): the import, whose look-up of the codes takes the locks instead of a pass of its own. Without
     * a transaction there can be no such locks, so none is refused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Stored> storeLocked(List<Entry> entries, String actor) {
        Long[] ids = entries.stream().map(Entry::projectId).toArray(Long[]::new);
        String[] months = entries.stream().map(e -> e.report().month().atDay(1).toString()).toArray(String[]::new);
        // Each month's current version is found by its index, one probe per report: joined to the reports instead, the
        // planner hashed every current version (1.2 million rows, spilling to disk) for a 20,000-row import, 0.7 s.
        // Only this statement retires a version and each new one is the month's next, so the retired version is the
        // month's latest: the new one follows it without probing the versions again. The row is taken by its place (ctid),
        // the projects being locked: no other write moves it before this one.
        Map<String, Integer> retired = new HashMap<>();
        Map<String, BigDecimal> retiredAmounts = new HashMap<>();
        jdbc.sql("""
                UPDATE project_progress SET current = FALSE WHERE current AND ctid = ANY(ARRAY(
                  SELECT (SELECT g.ctid FROM project_progress g WHERE g.project_id = i.project_id AND g.month = i.month AND g.current)
                  FROM unnest(?::bigint[], ?::date[]) AS i(project_id, month)))
                RETURNING project_id, month, version, completed_investment""").params(ids, months)
                .query((ResultSet rs) -> {
                    String key = key(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)));
                    retired.put(key, rs.getInt(3));
                    retiredAmounts.put(key, rs.getBigDecimal(4));
                });
        Integer[] next = entries.stream().map(e -> retired.getOrDefault(key(e.projectId(), e.report().month()), 0) + 1)
                .toArray(Integer[]::new);
        try {
            BinaryCopy.write(copy, VERSIONS, 11, IntStream.range(0, next.length).boxed().toList(), (i, out) -> {
                ProgressReport r = entries.get(i).report();
                out.int8(ids[i]);
                out.date(r.month().atDay(1));
                out.int4(next[i]);
                out.bool(true);
                out.numeric(r.completedInvestment());
                out.text(r.siteStatus());
                out.text(r.problems());
                out.text(actor);
                out.int4(r.workforce().workersPlanned());
                out.int4(r.workforce().workersOnSite());
                out.int4(r.workforce().machines());
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("month", StoredText.of("project.error.progress.concurrent"));
        }
        // The statement stored every row or none: each report's version is the one it was given.
        return IntStream.range(0, next.length).mapToObj(i -> {
            BigDecimal before = retiredAmounts.get(key(entries.get(i).projectId(), entries.get(i).report().month()));
            return new Stored(next[i], before == null || before.compareTo(entries.get(i).report().completedInvestment()) != 0);
        }).toList();
    }

    private static String key(long projectId, YearMonth month) {
        return projectId + "@" + month;
    }

    /**
     * 开工至今累计完成投资 (万元) by project code: what was completed before the platform plus every month's current version,
     * the figure {@link #history} ends on, for many projects in one query; unknown codes are left out.
     */
    public Map<String, BigDecimal> sinceStart(Collection<String> codes) {
        Map<String, BigDecimal> completed = new HashMap<>();
        if (codes.isEmpty()) {
            return completed;
        }
        jdbc.sql("""
                        SELECT p.code, p.completed_before + coalesce((SELECT sum(g.completed_investment) FROM project_progress g
                          WHERE g.project_id = p.id AND g.current), 0)
                        FROM project p WHERE p.code = ANY(?::varchar[])""")
                .param(codes.stream().map(String::strip).distinct().toArray(String[]::new))
                .query((rs, n) -> completed.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return completed;
    }

    /** The current version of every reported month, oldest first, with the figures computed from them. */
    List<ProgressRow> history(long projectId, BigDecimal completedBefore, BigDecimal totalInvestment) {
        List<ProgressRow> rows = new ArrayList<>();
        YearToDate[] yearToDate = {null};
        BigDecimal[] sinceStart = {completedBefore};
        jdbc.sql("""
                SELECT g.month, g.version, g.completed_investment, g.site_status, g.problems, g.reported_by, g.reported_at,
                       g.workers_planned, g.workers_on_site, g.machines, %s AS plan
                FROM project_progress g WHERE g.project_id = ? AND g.current ORDER BY g.month"""
                .formatted(CountedPlan.plannedInvestment("g.project_id", "extract(year FROM g.month)")))
                .param(projectId)
                .query((ResultSet rs) -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    if (rows.isEmpty() || rows.get(rows.size() - 1).month().getYear() != month.getYear()) {
                        yearToDate[0] = YearToDate.fromJanuary();
                    }
                    BigDecimal amount = rs.getBigDecimal("completed_investment");
                    BigDecimal ytd = yearToDate[0].add(amount);
                    sinceStart[0] = sinceStart[0].add(amount);
                    BigDecimal plan = rs.getBigDecimal("plan");
                    rows.add(new ProgressRow(month, rs.getInt("version"), amount, rs.getString("site_status"),
                            rs.getString("problems"), rs.getString("reported_by"),
                            ChinaTime.zoned(rs.getObject("reported_at", OffsetDateTime.class)),
                            ytd, plan, Percent.ofOrZero(ytd, plan), sinceStart[0],
                            Percent.ofOrZero(sinceStart[0], totalInvestment),
                            rs.getObject("workers_planned", Integer.class), rs.getObject("workers_on_site", Integer.class),
                            rs.getObject("machines", Integer.class)));
                });
        return rows;
    }

    /** Every version of one month, newest first: the correction history. */
    List<ProgressVersion> versions(long projectId, YearMonth month) {
        return jdbc.sql("""
                SELECT version, current, completed_investment, site_status, reported_by, reported_at FROM project_progress
                WHERE project_id = ? AND month = ? ORDER BY version DESC""")
                .params(projectId, month.atDay(1))
                .query((rs, i) -> new ProgressVersion(rs.getInt("version"), rs.getBoolean("current"),
                        rs.getBigDecimal("completed_investment"), rs.getString("site_status"), rs.getString("reported_by"),
                        ChinaTime.zoned(rs.getObject("reported_at", OffsetDateTime.class))))
                .list();
    }

    Optional<LocalDate> reopenedUntil(long projectId, YearMonth month) {
        return jdbc.sql("SELECT open_until FROM project_month_reopen WHERE project_id = ? AND month = ?")
                .params(projectId, month.atDay(1)).query(LocalDate.class).optional();
    }

    /** Months of this project reopened and still open today, with the date each stays open until. */
    Map<YearMonth, LocalDate> reopenedMonths(long projectId, LocalDate today) {
        Map<YearMonth, LocalDate> months = new HashMap<>();
        jdbc.sql("SELECT month, open_until FROM project_month_reopen WHERE project_id = ? AND open_until >= ?")
                .params(projectId, today)
                .query(rs -> {
                    months.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getObject(2, LocalDate.class));
                });
        return months;
    }

    /** {@link #reopenedMonths(long, LocalDate)} of several projects in one statement. */
    Map<Long, Map<YearMonth, LocalDate>> reopenedMonths(Collection<Long> projectIds, LocalDate today) {
        Map<Long, Map<YearMonth, LocalDate>> months = new HashMap<>();
        jdbc.sql("SELECT project_id, month, open_until FROM project_month_reopen WHERE project_id = ANY(?) AND open_until >= ?")
                .params(projectIds.toArray(Long[]::new), today)
                .query(rs -> {
                    months.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getObject(3, LocalDate.class));
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
