package org.fagai.project.internal.dashboard;

import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.springframework.context.i18n.LocaleContextHolder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.project.KeyProjectFigures;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Percent;
import org.fagai.shared.Period;
import org.fagai.shared.Ranking;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The summary sentence and the dashboard's aggregates, computed in SQL over the user's scope. */
@Service
public class ProjectStatistics {

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final ProjectSearch search;
    private final RegionDirectory regions;
    private final DashboardTotals totals;
    private final MessageText text;
    private final Formats fmt;

    ProjectStatistics(JdbcTemplate jdbc, UserDirectory users, ProjectSearch search, RegionDirectory regions,
                      DashboardTotals totals, MessageText text, Formats fmt) {
        this.text = text;
        this.fmt = fmt;
        this.jdbc = jdbc;
        this.totals = totals;
        this.users = users;
        this.search = search;
        this.regions = regions;
    }

    public record StageFigure(ProjectStage stage, String stageName, long count, BigDecimal totalInvestment) {
    }

    public record Summary(int year, ProjectLevel level, long count, BigDecimal totalInvestment, long newCount,
                   BigDecimal newTotalInvestment, long continuingCount, BigDecimal continuingTotalInvestment,
                   BigDecimal plannedInvestment, List<StageFigure> byStage, String text) {
    }

    public record MonthFigure(int month, BigDecimal yearToDate, BigDecimal planned, BigDecimal percent, BigDecimal timeProgress) {
    }

    public record RegionFigure(String code, String name, long count, BigDecimal planned, BigDecimal yearToDate, BigDecimal percent,
                        int rank) {
    }

    public record IndustryFigure(String section, String name, long count, BigDecimal totalInvestment) {
    }

    public record Dashboard(int year, ProjectLevel level, YearMonth warningMonth, BigDecimal timeProgress, Summary summary,
                     long registeredCount, List<MonthFigure> months, List<RegionFigure> regions,
                     List<IndustryFigure> industries, Map<WarningColour, Long> warnings) {
    }

    /** Listed projects of one nature and stage: how many, their total and planned investment. */
    record NatureStage(ProjectNature nature, ProjectStage stage, long count, BigDecimal total, BigDecimal planned) {
    }

    @Transactional(readOnly = true)
    public Summary summary(int year, ProjectLevel level) {
        List<Object> params = new ArrayList<>();
        String where = listWhere(year, level, params);
        List<NatureStage> rows = jdbc.query("SELECT pl.nature, p.stage, count(*) AS n, sum(p.total_investment) AS total,"
                + " sum(pl.planned_investment) AS plan FROM project_plan pl JOIN project p ON p.id = pl.project_id" + where
                + " GROUP BY pl.nature, p.stage", (rs, i) -> new NatureStage(ProjectNature.valueOf(rs.getString("nature")),
                ProjectStage.valueOf(rs.getString("stage")), rs.getLong("n"), rs.getBigDecimal("total"), rs.getBigDecimal("plan")),
                params.toArray());
        return summaryOf(year, level, rows);
    }

    /** The figures; the stages and the summary's {@code text} in the reader's language (the brief's sentence in Chinese). */
    private Summary summaryOf(int year, ProjectLevel level, List<NatureStage> rows) {
        Map<ProjectStage, long[]> counts = new EnumMap<>(ProjectStage.class);
        Map<ProjectStage, BigDecimal> sums = new EnumMap<>(ProjectStage.class);
        long[] natureCount = new long[2];
        BigDecimal[] natureSum = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] planned = {BigDecimal.ZERO};
        for (NatureStage row : rows) {
            int nature = row.nature().ordinal();
            counts.computeIfAbsent(row.stage(), s -> new long[1])[0] += row.count();
            sums.merge(row.stage(), row.total(), BigDecimal::add);
            natureCount[nature] += row.count();
            natureSum[nature] = natureSum[nature].add(row.total());
            planned[0] = planned[0].add(row.planned());
        }
        List<StageFigure> byStage = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            byStage.add(new StageFigure(stage, text.get("project.stage." + stage.name()), counts.containsKey(stage) ? counts.get(stage)[0] : 0,
                    sums.getOrDefault(stage, BigDecimal.ZERO)));
        }
        long count = natureCount[0] + natureCount[1];
        BigDecimal total = natureSum[0].add(natureSum[1]);
        return new Summary(year, level, count, total, natureCount[0], natureSum[0], natureCount[1], natureSum[1], planned[0],
                byStage, sentence(year, level, count, total, natureCount[0], natureSum[0]));
    }

    /** The brief's sentence (2023年实施市级重点项目1185个，总投资2299.67亿元。…) for a Chinese reader, its English for others. */
    private String sentence(int year, ProjectLevel level, long count, BigDecimal total, long newCount, BigDecimal newTotal) {
        if ("zh".equals(LocaleContextHolder.getLocale().getLanguage())) {
            return KeyProjectFigures.Figures.sentence(year, level, count, total, newCount, newTotal);
        }
        return text.get("project.dashboard.sentence", year, level == null ? "" : " (" + text.get("project.level." + level.name()) + ")",
                count, fmt.yi(total), newCount, fmt.yi(newTotal));
    }

    /**
     * The dashboard: the list's pipeline, industries, colours and 入库 count, the month-by-month and per-region
     * completion, from the maintained {@code project_month_total} where it covers the request (a month with warnings, a
     * region scope), else from the facts.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year, ProjectLevel level) {
        YearMonth wm = search.warningMonth(year);
        List<Object> params = new ArrayList<>();
        String where = listWhere(year, level, params);
        ListFigures list = listFigures(year, level, wm, where, params);
        Summary summary = list.summary();
        CurrentUser user = users.requireCurrent();
        BigDecimal[] ytd = wm.getYear() == year ? totals.yearToDate(level, wm, user) : null;
        List<DashboardTotals.RegionRow> regionRows = wm.getYear() == year ? totals.regionRows(level, wm, user) : null;
        return new Dashboard(year, level, wm, Period.monthly(wm).timeProgressPercent(), summary, list.registered(),
                months(year, level, wm, summary.plannedInvestment(), ytd),
                ranked(user, regionRows != null ? regionRows : regionRows(wm, where, params)), list.industries(), list.warnings());
    }

    private record ListFigures(Summary summary, long registered, List<IndustryFigure> industries,
                               Map<WarningColour, Long> warnings) {
    }

    /** The list's rows by nature, stage, industry section and colour: maintained where they cover the request. */
    private List<DashboardTotals.ListRow> listRows(int year, ProjectLevel level, YearMonth wm, String where, List<Object> params) {
        List<DashboardTotals.ListRow> maintained = wm.getYear() == year ? totals.listRows(level, wm, users.requireCurrent()) : null;
        return maintained != null ? maintained : factRows(wm, where, params);
    }

    /**
     * The same rows from the facts (a project owner's few projects, a month without warnings): one plain grouped pass
     * over the year's list; unlike GROUPING SETS it hashes in memory and PostgreSQL may split it across workers.
     */
    private List<DashboardTotals.ListRow> factRows(YearMonth wm, String where, List<Object> params) {
        return jdbc.query("""
                SELECT pl.nature, p.stage, coalesce(i.section, '-') AS section, w.colour,
                       count(*) AS n, sum(p.total_investment) AS total, sum(pl.planned_investment) AS plan,
                       count(*) FILTER (WHERE p.registered AND p.registered_on <= ?) AS registered
                FROM project_plan pl JOIN project p ON p.id = pl.project_id
                LEFT JOIN industry i ON i.code = p.industry_code
                LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ?""" + where
                + " GROUP BY 1, 2, 3, 4", (rs, i) -> new DashboardTotals.ListRow(rs.getString("nature"), rs.getString("stage"),
                rs.getString("section"), rs.getString("colour"), rs.getLong("n"), rs.getBigDecimal("total"), rs.getBigDecimal("plan"),
                rs.getLong("registered")), prepend(params, wm.atEndOfMonth(), wm.atDay(1)));
    }

    /** Rolls the rows up into the pipeline, the industry sections, the colours and the 入库 count. */
    private ListFigures listFigures(int year, ProjectLevel level, YearMonth wm, String where, List<Object> params) {
        Map<String, NatureStage> stages = new LinkedHashMap<>();
        Map<String, IndustryFigure> industries = new LinkedHashMap<>();
        Map<WarningColour, Long> colours = new EnumMap<>(WarningColour.class);
        for (WarningColour c : WarningColour.values()) {
            colours.put(c, 0L);
        }
        long registered = 0;
        for (DashboardTotals.ListRow row : listRows(year, level, wm, where, params)) {
            ProjectNature nature = ProjectNature.valueOf(row.nature());
            ProjectStage stage = ProjectStage.valueOf(row.stage());
            long n = row.count();
            BigDecimal total = row.total();
            stages.merge(nature + "/" + stage, new NatureStage(nature, stage, n, total, row.planned()),
                    (a, b) -> new NatureStage(nature, stage, a.count() + b.count(), a.total().add(b.total()), a.planned().add(b.planned())));
            String section = row.section();
            industries.merge(section, new IndustryFigure(section, null, n, total),
                    (a, b) -> new IndustryFigure(section, null, a.count() + b.count(), a.totalInvestment().add(b.totalInvestment())));
            if (row.colour() != null) {
                colours.merge(WarningColour.valueOf(row.colour()), n, Long::sum);
            }
            registered += row.registered();
        }
        Map<String, String> sectionNames = new HashMap<>();
        jdbc.query("SELECT code, name FROM industry WHERE length(code) = 1", rs -> {
            sectionNames.put(rs.getString(1).trim(), rs.getString(2));
        });
        List<IndustryFigure> named = new ArrayList<>(industries.values().stream().map(f -> new IndustryFigure(f.section(),
                sectionNames.getOrDefault(f.section().trim(), text.get("project.dashboard.unclassified")), f.count(), f.totalInvestment())).toList());
        named.sort(Comparator.comparing(IndustryFigure::totalInvestment).reversed());
        return new ListFigures(summaryOf(year, level, new ArrayList<>(stages.values())), registered, named, colours);
    }

    /** The viewer's child regions (and the viewer's own) by code, with their names. */
    private Map<String, String> names(CurrentUser user) {
        Map<String, String> names = new LinkedHashMap<>();
        for (RegionView child : regions.children(user.regionCode())) {
            names.put(child.code(), child.name());
        }
        names.putIfAbsent(user.regionCode(), regions.find(user.regionCode()).map(RegionView::name).orElse(user.regionCode()));
        return names;
    }

    /** Month-by-month completion: the maintained totals when given, else the stored year-to-date summed now. */
    private List<MonthFigure> months(int year, ProjectLevel level, YearMonth wm, BigDecimal planned, BigDecimal[] maintained) {
        if (maintained != null) {
            List<MonthFigure> months = new ArrayList<>();
            for (int m = 1; m <= wm.getMonthValue(); m++) {
                BigDecimal ytd = maintained[m];
                months.add(new MonthFigure(m, ytd, planned, Percent.ofOrZero(ytd, planned), Period.monthly(year, m).timeProgressPercent()));
            }
            return months;
        }
        BigDecimal[] stored = new BigDecimal[13];
        if (wm.getYear() == year) {
            // The year-to-date each listed project's warning stored for each month, summed over the viewer's projects.
            List<Object> scopeParams = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), wm.atDay(1)));
            String scope = new ProjectScope(users.requireCurrent()).sql(scopeParams);
            String levelFilter = level == null ? "" : " AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = w.project_id"
                    + " AND pl.year = ? AND pl.level = ?)";
            if (level != null) {
                scopeParams.add(year);
                scopeParams.add(level.name());
            }
            jdbc.query("SELECT extract(month FROM w.month)::int AS m, sum(w.year_to_date) AS ytd FROM project_warning w"
                    + " JOIN project p ON p.id = w.project_id WHERE w.month BETWEEN ? AND ? AND " + scope + levelFilter
                    + " GROUP BY 1", rs -> {
                stored[rs.getInt("m")] = rs.getBigDecimal("ytd");
            }, scopeParams.toArray());
        }
        List<MonthFigure> months = new ArrayList<>();
        BigDecimal ytd = BigDecimal.ZERO;
        for (int m = 1; wm.getYear() == year && m <= wm.getMonthValue(); m++) {
            ytd = stored[m] == null ? ytd : stored[m];
            months.add(new MonthFigure(m, ytd, planned, Percent.ofOrZero(ytd, planned), Period.monthly(year, m).timeProgressPercent()));
        }
        return months;
    }

    /** Per region of the list: its plans, planned investment and year-to-date at the warning month, from the facts. */
    private List<DashboardTotals.RegionRow> regionRows(YearMonth wm, String where, List<Object> params) {
        return jdbc.query("SELECT p.region_code, count(*) AS n, sum(pl.planned_investment) AS plan,"
                + " coalesce(sum(w.year_to_date), 0) AS ytd FROM project_plan pl JOIN project p ON p.id = pl.project_id"
                + " LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ?" + where + " GROUP BY p.region_code",
                (rs, i) -> new DashboardTotals.RegionRow(rs.getString("region_code"), rs.getLong("n"), rs.getBigDecimal("plan"),
                        rs.getBigDecimal("ytd")), prepend(params, wm.atDay(1)));
    }

    /** The regions rolled up to the viewer's child regions and ranked by completion (ties share a rank). */
    private List<RegionFigure> ranked(CurrentUser user, List<DashboardTotals.RegionRow> rows) {
        Map<String, String> names = names(user);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> money = new LinkedHashMap<>();
        for (DashboardTotals.RegionRow row : rows) {
            String child = childOf(user.regionCode(), row.regionCode(), names);
            counts.computeIfAbsent(child, c -> new long[1])[0] += row.count();
            BigDecimal[] m = money.computeIfAbsent(child, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            m[0] = m[0].add(row.planned());
            m[1] = m[1].add(row.yearToDate());
        }
        List<RegionFigure> figures = new ArrayList<>();
        counts.forEach((code, n) -> {
            BigDecimal[] m = money.get(code);
            figures.add(new RegionFigure(code, names.getOrDefault(code, code), n[0], m[0], m[1], Percent.ofOrZero(m[1], m[0]), 0));
        });
        return Ranking.highestFirst(figures, RegionFigure::percent, Comparator.comparing(RegionFigure::code)).stream()
                .map(r -> new RegionFigure(r.item().code(), r.item().name(), r.item().count(), r.item().planned(),
                        r.item().yearToDate(), r.item().percent(), r.rank()))
                .toList();
    }

    private String listWhere(int year, ProjectLevel level, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE pl.year = ?");
        params.add(year);
        if (level != null) {
            where.append(" AND pl.level = ?");
            params.add(level.name());
        }
        where.append(" AND ").append(new ProjectScope(users.requireCurrent()).sql(params));
        return where.toString();
    }

    private static String childOf(String viewer, String regionCode, Map<String, String> children) {
        RegionCode code = RegionCode.of(regionCode);
        while (true) {
            if (children.containsKey(code.value()) || code.value().equals(viewer) || code.parent().isEmpty()) {
                return code.value();
            }
            code = code.parent().get();
        }
    }

    private static Object[] prepend(List<Object> params, Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(params);
        return all.toArray();
    }
}
