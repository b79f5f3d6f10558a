package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.project.internal.milestones.MilestoneBook;
import org.fagai.project.internal.milestones.MilestoneKind;
import org.fagai.project.internal.milestones.MilestoneRequirements;
import org.fagai.project.internal.milestones.MilestoneStatus;
import org.fagai.project.internal.progress.YearToDate;
import org.fagai.project.internal.registry.CountedPlan;
import org.fagai.project.internal.registry.FirstWarnings;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.project.internal.settings.WarningThresholds;
import org.fagai.project.internal.stoppages.Stoppage;
import org.fagai.project.internal.stoppages.StoppageStore;
import org.fagai.shared.BulkPlans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code project_warning} true to the rules: one row per project, listed year and ended month, with the colour
 * and the year-to-date investment that lists and dashboards read; recomputed
 * whenever a fact behind it changes (a report, a stage change, 入库, the thresholds) and each night, since
 * lateness grows with time alone.
 */
@Service
public class WarningBook implements FirstWarnings {

    private static final String FACTS = """
            SELECT p.id, p.stage, p.region_code, p.start_month, p.actual_start_date, p.registered_on, p.total_investment,
                   p.investment_type, %s AS plan
            FROM project p WHERE EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)"""
            .formatted(CountedPlan.plannedInvestment("p.id", "?"));

    /**
     * {@link #FACTS} of the given projects, with each one's list entries of the year as the month totals count them: one
     * probe of the entries per project, where the EXISTS hashed every entry of the year and the totals read them again.
     */
    private static final String FACTS_OF = """
            SELECT p.id, p.stage, p.region_code, p.start_month, p.actual_start_date, p.registered_on, p.total_investment,
                   p.investment_type, l.plans[1] AS plan, l.levels, l.natures, l.plans, coalesce(i.section, '-') AS section,
                   CASE WHEN p.registered THEN p.registered_on END AS counted_registered_on
            FROM unnest(?::bigint[]) AS ids(id) JOIN project p ON p.id = ids.id
            CROSS JOIN LATERAL (SELECT array_agg(pl.level ORDER BY %1$s) AS levels, array_agg(pl.nature ORDER BY %1$s) AS natures,
                                       array_agg(pl.planned_investment ORDER BY %1$s) AS plans
                                FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ? HAVING count(*) > 0) l
            LEFT JOIN industry i ON i.code = p.industry_code"""
            .formatted(CountedPlan.precedence("pl.level"));

    private final JdbcTemplate jdbc;
    private final WarningSettingsStore settings;
    private final Clock clock;
    private final MonthTotals totals;
    private final StoppageStore stoppages;
    private final MilestoneBook milestones;
    private final MilestoneRequirements requirements;

    WarningBook(JdbcTemplate jdbc, WarningSettingsStore settings, Clock clock, MonthTotals totals, StoppageStore stoppages,
                MilestoneBook milestones, MilestoneRequirements requirements) {
        this.jdbc = jdbc;
        this.stoppages = stoppages;
        this.milestones = milestones;
        this.requirements = requirements;
        this.totals = totals;
        this.settings = settings;
        this.clock = clock;
    }

    /** The last month that has ended: warnings are judged at the end of a month. */
    public YearMonth lastClosedMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    @Transactional
    public void refreshProject(long projectId, int year) {
        refreshProjects(List.of(projectId), year);
    }

    /** Recomputes the given projects' year in one pass. */
    @Transactional
    public void refreshProjects(Collection<Long> ids, int year) {
        refreshProjects(ids, year, 1);
    }

    /** Recomputes the given projects from a month on: a report changes nothing before its own month. */
    @Transactional
    public void refreshProjects(Collection<Long> ids, int year, int fromMonth) {
        refreshProjects(ids, year, fromMonth, false);
    }

    /**
     * Recomputes the projects after reports of their progress from {@code fromMonth} on: a report changes amounts only,
     * never what the month totals group or sum a project by, so the totals change by the difference between the old
     * rows and the new instead of being rebuilt for every region the projects fall in.
     */
    @Transactional
    public void refreshReported(Collection<Long> ids, int year, int fromMonth) {
        refreshProjects(ids, year, fromMonth, true);
    }

    private void refreshProjects(Collection<Long> ids, int year, int fromMonth, boolean onlyAmountsChanged) {
        if (ids.isEmpty()) {
            return;
        }
        Long[] array = ids.toArray(Long[]::new);
        StoredRows before = StoredRows.read(jdbc, array, year, fromMonth);
        // Without earlier rows (new projects, a new list) the new rows are simply added to the totals; after a report the
        // old rows are taken out. Otherwise (a changed list entry, stage, region, industry…) the totals of the regions
        // the old rows counted in and the new rows count in are rebuilt, since the old rows' keys are not known any more.
        boolean byDifference = onlyAmountsChanged || before.rows().isEmpty();
        Set<String> regions = new HashSet<>();
        before.rows().forEach(r -> regions.add(r.regionCode()));
        refresh(year, array, fromMonth, regions, before, byDifference);
    }

    @Transactional
    public int refreshYear(int year) {
        BulkPlans.reuseGenericPlans(jdbc);
        jdbc.update("DELETE FROM project_warning WHERE month BETWEEN ? AND ?", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1));
        return refresh(year, null, 1, null, null, false);
    }

    /** Nightly: the year of the last ended month, so late starts and late 入库 turn colour on time. */
    @Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "project-warnings-nightly", lockAtMostFor = "PT1H")
    public void nightly() {
        refreshYear(lastClosedMonth().getYear());
    }

    /**
     * Writes the rows and the list entries' colours ({@link ListColours}), then changes the month totals by the difference
     * from the rows stored {@code before} ({@code byDifference}), or rebuilds them for {@code regions} plus the projects'
     * own (null: all regions). With the rows stored before (null: there are none, a year's rows were deleted), only the
     * projects whose rows differ are rewritten.
     */
    private int refresh(int year, Long[] onlyIds, int fromMonth, Set<String> regions, StoredRows before, boolean byDifference) {
        YearMonth lastEnded = lastClosedMonth();
        YearMonth last = YearMonth.of(year, 12).isAfter(lastEnded) ? lastEnded : YearMonth.of(year, 12);
        if (last.getYear() < year) {
            if (before != null && !before.rows().isEmpty()) {
                delete(before.projects(), year, fromMonth);
            }
            // A later year's list shows the colours of the last ended month, judged in that month's own year.
            ListColours.copy(jdbc, lastEnded, year, true, onlyIds);
            return 0;
        }
        WarningThresholds limits = settings.load();
        List<Object[]> facts = new ArrayList<>();
        Map<Long, List<MonthTotals.Listed>> lists = new HashMap<>();
        Map<Long, Map<MilestoneKind, LocalDate>> approved = milestones.approvedOn(onlyIds);
        Map<InvestmentType, List<MilestoneKind>> required = requirements.all();
        String sql = onlyIds == null ? FACTS : FACTS_OF;
        Object[] factParams = onlyIds == null ? new Object[] {year, year}
                : new Object[] {Arrays.stream(onlyIds).distinct().toArray(Long[]::new), year};
        jdbc.query(sql, (ResultSet rs) -> {
            InvestmentType type = InvestmentType.valueOf(rs.getString("investment_type"));
            facts.add(facts(rs.getLong("id"), ProjectStage.valueOf(rs.getString("stage")), month(rs, "start_month"),
                    rs.getObject("actual_start_date", LocalDate.class), rs.getObject("registered_on", LocalDate.class),
                    rs.getBigDecimal("total_investment"), rs.getBigDecimal("plan"), rs.getString("region_code"),
                    MilestoneBook.statusOf(type, required, approved.get(rs.getLong("id")))));
            if (onlyIds != null) {
                lists.put(rs.getLong("id"), MonthTotals.listed(rs));
            }
        }, factParams);
        Map<Long, BigDecimal[]> monthly = monthlyAmounts(year, onlyIds, fromMonth, before == null ? Map.of() : before.prior());
        Map<Long, List<Stoppage>> stops = stoppages.confirmed(onlyIds == null ? null : Arrays.asList(onlyIds));
        List<Object[]> rows = judge(year, facts, monthly, stops, fromMonth, last, limits);
        if (regions != null) {
            facts.forEach(f -> regions.add((String) f[7]));
        }
        List<MonthTotals.Counted> removed = List.of();
        if (before != null) {
            StoredRows.Changes changes = before.changes(rows);
            if (changes.projects().length > 0) {
                // the rows as deleted, not as read: a refresh that committed in between changed them, and the totals
                // must lose what is really gone
                removed = delete(changes.projects(), year, fromMonth);
            }
            rows = changes.written();
        }
        insert(rows);
        if (byDifference) {
            ListColours.copyChanged(jdbc, last, year, last.equals(lastEnded), removed, rows);
            totals.change(year, removed, counted(rows), onlyIds == null ? null : lists);
        } else {
            ListColours.copy(jdbc, last, year, last.equals(lastEnded), onlyIds);
            totals.rebuild(year, fromMonth, last.getMonthValue(), regions);
        }
        return rows.size();
    }

    /**
     * Judges each project's months {@code fromMonth}–{@code last} of {@code year} from its facts ({@link #facts}), its
     * monthly amounts (index 0: the year-to-date before {@code fromMonth}, when known) and its confirmed stops: the rows
     * to write, each project id, month, colour, reasons, year to date, stage and region.
     */
    private static List<Object[]> judge(int year, List<Object[]> facts, Map<Long, BigDecimal[]> monthly,
                                        Map<Long, List<Stoppage>> stops, int fromMonth, YearMonth last, WarningThresholds limits) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] f : facts) {
            BigDecimal[] amounts = monthly.getOrDefault((Long) f[0], new BigDecimal[13]);
            YearToDate yearToDate = amounts[0] == null ? YearToDate.fromJanuary() : YearToDate.continuing(amounts[0]);
            for (int m = amounts[0] == null ? 1 : fromMonth; m <= last.getMonthValue(); m++) {
                BigDecimal ytd = yearToDate.add(amounts[m]);
                if (m < fromMonth) {
                    continue;
                }
                LocalDate monthEnd = YearMonth.of(year, m).atEndOfMonth();
                Stoppage stopped = stops.getOrDefault((Long) f[0], List.of()).stream().filter(s -> s.inForceOn(monthEnd))
                        .findFirst().orElse(null);
                WarningFacts wf = new WarningFacts((ProjectStage) f[1], (YearMonth) f[2], (LocalDate) f[3], (LocalDate) f[4],
                        (BigDecimal) f[5], (BigDecimal) f[6], ytd, stopped, (MilestoneStatus) f[8]);
                Warning w = WarningRules.evaluate(wf, YearMonth.of(year, m), limits);
                rows.add(new Object[] {f[0], LocalDate.of(year, m, 1), w.colour().name(), w.reasonText(), ytd,
                        ((ProjectStage) f[1]).name(), f[7]});
            }
        }
        return rows;
    }

    /** A project's facts as {@link #judge} takes them. */
    private static Object[] facts(long id, ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                                  BigDecimal totalInvestment, BigDecimal plan, String regionCode, MilestoneStatus milestones) {
        return new Object[] {id, stage, plannedStart, actualStart, registeredOn, totalInvestment, plan, regionCode, milestones};
    }

    /**
     * New projects, judged as {@link #refreshProjects} would judge them once created (no reports, stops, approved
     * 前期手续, actual start or 入库 yet), without reading back what the creator holds; stored, their rows go into the
     * month totals by difference and their list entries were written with the colour {@link Judged#listColour} gave.
     */
    @Override
    public Judged judge(int year, List<NewProject> projects) {
        YearMonth lastEnded = lastClosedMonth();
        YearMonth last = YearMonth.of(year, 12).isAfter(lastEnded) ? lastEnded : YearMonth.of(year, 12);
        if (last.getYear() < year) {
            // A later year's list shows the last ended month of an earlier year, in which new projects have no rows.
            return new Judged() {
                @Override
                public ListColour listColour(long projectId) {
                    return null;
                }

                @Override
                public void store() {
                }
            };
        }
        Map<InvestmentType, List<MilestoneKind>> required = requirements.all();
        List<Object[]> facts = projects.stream().map(p -> facts(p.id(), p.stage(), p.plannedStart(), null, null, p.totalInvestment(),
                p.planned(), p.regionCode(), MilestoneBook.statusOf(p.investmentType(), required, null))).toList();
        List<Object[]> rows = judge(year, facts, Map.of(), Map.of(), 1, last, settings.load());
        LocalDate shown = last.atDay(1);
        Map<Long, ListColour> colours = new HashMap<>();
        rows.stream().filter(r -> shown.equals(r[1])).forEach(r -> colours.put((Long) r[0], new ListColour((String) r[2], shown)));
        return new Judged() {
            @Override
            public ListColour listColour(long projectId) {
                return colours.get(projectId);
            }

            @Override
            public void store() {
                insert(rows);
                totals.change(year, List.of(), counted(rows));
            }
        };
    }

    /** The rows as the month totals count them. */
    private static List<MonthTotals.Counted> counted(List<Object[]> rows) {
        return rows.stream().map(r -> new MonthTotals.Counted((Long) r[0], (LocalDate) r[1], (String) r[2], (BigDecimal) r[4],
                (String) r[5], (String) r[6])).toList();
    }

    /** Deletes the projects' rows of the months from {@code fromMonth} on: the rows deleted, as the month totals count them. */
    private List<MonthTotals.Counted> delete(Long[] projects, int year, int fromMonth) {
        return jdbc.query("DELETE FROM project_warning WHERE project_id IN (SELECT unnest(?::bigint[])) AND month BETWEEN ? AND ?"
                        + " RETURNING project_id, month, colour, year_to_date, stage, region_code",
                (rs, i) -> new MonthTotals.Counted(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6)),
                projects, LocalDate.of(year, fromMonth, 1), LocalDate.of(year, 12, 1));
    }

    /** Writes the rows with COPY: one stream however many there are. */
    private void insert(List<Object[]> rows) {
        WarningCopy.write(jdbc, rows);
    }

    /**
     * Each project's monthly amounts for the year (index 1–12). When recomputing from a later month, the months
     * before it are taken as one sum from the previous month's stored year-to-date ({@code prior}, in index 0), so an
     * import reads one month per project instead of twelve; projects without that row are read in full.
     */
    private Map<Long, BigDecimal[]> monthlyAmounts(int year, Long[] onlyIds, int fromMonth, Map<Long, BigDecimal> prior) {
        if (onlyIds == null || fromMonth == 1) {
            return monthlyAmounts(year, onlyIds);
        }
        Long[] unknown = Arrays.stream(onlyIds).filter(id -> !prior.containsKey(id)).toArray(Long[]::new);
        Map<Long, BigDecimal[]> amounts = unknown.length == 0 ? new HashMap<>() : monthlyAmounts(year, unknown);
        Long[] known = prior.keySet().toArray(Long[]::new);
        jdbc.query("SELECT project_id, extract(month FROM month)::int AS m, completed_investment FROM project_progress "
                + "WHERE current AND month BETWEEN ? AND ? AND project_id IN (SELECT unnest(?::bigint[]))", (ResultSet rs) -> {
            amounts.computeIfAbsent(rs.getLong(1), k -> new BigDecimal[13])[rs.getInt(2)] = rs.getBigDecimal(3);
        }, LocalDate.of(year, fromMonth, 1), LocalDate.of(year, 12, 1), known);
        prior.forEach((id, ytd) -> amounts.computeIfAbsent(id, k -> new BigDecimal[13])[0] = ytd);
        return amounts;
    }

    private Map<Long, BigDecimal[]> monthlyAmounts(int year, Long[] onlyIds) {
        Map<Long, BigDecimal[]> amounts = new HashMap<>();
        String sql = "SELECT project_id, extract(month FROM month)::int AS m, completed_investment FROM project_progress "
                + "WHERE current AND month BETWEEN ? AND ?" + (onlyIds == null ? "" : " AND project_id IN (SELECT unnest(?::bigint[]))");
        Object[] params = onlyIds == null ? new Object[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)}
                : new Object[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1), onlyIds};
        jdbc.query(sql, (ResultSet rs) -> {
            amounts.computeIfAbsent(rs.getLong(1), k -> new BigDecimal[13])[rs.getInt(2)] = rs.getBigDecimal(3);
        }, params);
        return amounts;
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
    }
}
