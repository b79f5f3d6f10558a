package org.fagai.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Money;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The summary sentence and the dashboard's aggregates, computed in SQL over the user's scope. */
@Service
class ProjectStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final ProjectSearch search;
    private final RegionDirectory regions;

    ProjectStatistics(JdbcTemplate jdbc, UserDirectory users, ProjectSearch search, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.users = users;
        this.search = search;
        this.regions = regions;
    }

    record StageFigure(ProjectStage stage, String stageName, long count, BigDecimal totalInvestment) {
    }

    record Summary(int year, ProjectLevel level, long count, BigDecimal totalInvestment, long newCount,
                   BigDecimal newTotalInvestment, long continuingCount, BigDecimal continuingTotalInvestment,
                   BigDecimal plannedInvestment, List<StageFigure> byStage, String text) {
    }

    record MonthFigure(int month, BigDecimal yearToDate, BigDecimal planned, BigDecimal percent, BigDecimal timeProgress) {
    }

    record RegionFigure(String code, String name, long count, BigDecimal planned, BigDecimal yearToDate, BigDecimal percent,
                        int rank) {
    }

    record IndustryFigure(String section, String name, long count, BigDecimal totalInvestment) {
    }

    record Dashboard(int year, ProjectLevel level, YearMonth warningMonth, BigDecimal timeProgress, Summary summary,
                     long registeredCount, List<MonthFigure> months, List<RegionFigure> regions,
                     List<IndustryFigure> industries, Map<WarningColour, Long> warnings) {
    }

    @Transactional(readOnly = true)
    Summary summary(int year, ProjectLevel level) {
        List<Object> params = new ArrayList<>();
        String where = listWhere(year, level, params);
        Map<ProjectStage, long[]> counts = new EnumMap<>(ProjectStage.class);
        Map<ProjectStage, BigDecimal> sums = new EnumMap<>(ProjectStage.class);
        long[] natureCount = new long[2];
        BigDecimal[] natureSum = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] planned = {BigDecimal.ZERO};
        jdbc.query("SELECT pl.nature, p.stage, count(*) AS n, sum(p.total_investment) AS total, sum(pl.planned_investment) AS plan"
                + " FROM project_plan pl JOIN project p ON p.id = pl.project_id" + where + " GROUP BY pl.nature, p.stage", rs -> {
            ProjectStage stage = ProjectStage.valueOf(rs.getString("stage"));
            int nature = ProjectNature.valueOf(rs.getString("nature")).ordinal();
            long n = rs.getLong("n");
            BigDecimal total = rs.getBigDecimal("total");
            counts.computeIfAbsent(stage, s -> new long[1])[0] += n;
            sums.merge(stage, total, BigDecimal::add);
            natureCount[nature] += n;
            natureSum[nature] = natureSum[nature].add(total);
            planned[0] = planned[0].add(rs.getBigDecimal("plan"));
        }, params.toArray());
        List<StageFigure> byStage = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            byStage.add(new StageFigure(stage, stage.chinese(), counts.containsKey(stage) ? counts.get(stage)[0] : 0,
                    sums.getOrDefault(stage, BigDecimal.ZERO)));
        }
        long count = natureCount[0] + natureCount[1];
        BigDecimal total = natureSum[0].add(natureSum[1]);
        String levelWord = level == null ? "" : level.adjective();
        String text = year + "年实施" + levelWord + "重点项目" + count + "个，总投资" + Money.ofWan(total).formatYi() + "。其中，新建项目"
                + natureCount[0] + "个，总投资" + Money.ofWan(natureSum[0]).formatYi() + "。";
        return new Summary(year, level, count, total, natureCount[0], natureSum[0], natureCount[1], natureSum[1], planned[0],
                byStage, text);
    }

    @Transactional(readOnly = true)
    Dashboard dashboard(int year, ProjectLevel level) {
        YearMonth wm = search.warningMonth(year);
        Summary summary = summary(year, level);
        List<Object> params = new ArrayList<>();
        String where = listWhere(year, level, params);
        Long registered = jdbc.queryForObject("SELECT count(*) FROM project_plan pl JOIN project p ON p.id = pl.project_id"
                + where + " AND p.registered AND p.registered_on <= ?", Long.class, append(params, wm.atEndOfMonth()));
        return new Dashboard(year, level, wm, timeProgress(wm), summary, registered == null ? 0 : registered,
                months(year, level, wm, summary.plannedInvestment()), regions(year, wm, where, params),
                industries(where, params), warnings(wm, where, params));
    }

    private List<MonthFigure> months(int year, ProjectLevel level, YearMonth wm, BigDecimal planned) {
        BigDecimal[] monthly = new BigDecimal[13];
        if (wm.getYear() == year) {
            // Only listed projects can report a year, so the year's progress rows are the list's: no join with the
            // lists is needed unless a level narrows them.
            List<Object> scopeParams = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), wm.atDay(1)));
            String scope = new ProjectScope(users.requireCurrent()).sql(scopeParams);
            String levelFilter = level == null ? "" : " AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = g.project_id"
                    + " AND pl.year = ? AND pl.level = ?)";
            if (level != null) {
                scopeParams.add(year);
                scopeParams.add(level.name());
            }
            jdbc.query("SELECT extract(month FROM g.month)::int AS m, sum(g.completed_investment) AS amount FROM project_progress g"
                    + " JOIN project p ON p.id = g.project_id WHERE g.current AND g.month BETWEEN ? AND ? AND " + scope + levelFilter
                    + " GROUP BY 1", rs -> {
                monthly[rs.getInt("m")] = rs.getBigDecimal("amount");
            }, scopeParams.toArray());
        }
        List<MonthFigure> months = new ArrayList<>();
        BigDecimal ytd = BigDecimal.ZERO;
        for (int m = 1; wm.getYear() == year && m <= wm.getMonthValue(); m++) {
            ytd = monthly[m] == null ? ytd : ytd.add(monthly[m]);
            months.add(new MonthFigure(m, ytd, planned, WarningRules.percent(ytd, planned), timeProgress(YearMonth.of(year, m))));
        }
        return months;
    }

    private List<RegionFigure> regions(int year, YearMonth wm, String where, List<Object> params) {
        CurrentUser user = users.requireCurrent();
        Map<String, RegionFigure> byChild = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RegionView child : regions.children(user.regionCode())) {
            names.put(child.code(), child.name());
        }
        names.putIfAbsent(user.regionCode(), regions.find(user.regionCode()).map(RegionView::name).orElse(user.regionCode()));
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> money = new LinkedHashMap<>();
        jdbc.query("SELECT p.region_code, count(*) AS n, sum(pl.planned_investment) AS plan, coalesce(sum(w.year_to_date), 0) AS ytd"
                + " FROM project_plan pl JOIN project p ON p.id = pl.project_id"
                + " LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ?" + where + " GROUP BY p.region_code", rs -> {
            String child = childOf(user.regionCode(), rs.getString("region_code"), names);
            counts.computeIfAbsent(child, c -> new long[1])[0] += rs.getLong("n");
            BigDecimal[] m = money.computeIfAbsent(child, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            m[0] = m[0].add(rs.getBigDecimal("plan"));
            m[1] = m[1].add(rs.getBigDecimal("ytd"));
        }, prepend(params, wm.atDay(1)));
        List<RegionFigure> figures = new ArrayList<>();
        counts.forEach((code, n) -> {
            BigDecimal[] m = money.get(code);
            figures.add(new RegionFigure(code, names.getOrDefault(code, code), n[0], m[0], m[1], WarningRules.percent(m[1], m[0]), 0));
        });
        figures.sort(Comparator.comparing(RegionFigure::percent).reversed().thenComparing(RegionFigure::code));
        List<RegionFigure> ranked = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            RegionFigure f = figures.get(i);
            int rank = i > 0 && f.percent().compareTo(figures.get(i - 1).percent()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RegionFigure(f.code(), f.name(), f.count(), f.planned(), f.yearToDate(), f.percent(), rank));
        }
        return ranked;
    }

    private List<IndustryFigure> industries(String where, List<Object> params) {
        return jdbc.query("SELECT coalesce(i.section, '-') AS section, s.name, count(*) AS n, sum(p.total_investment) AS total"
                + " FROM project_plan pl JOIN project p ON p.id = pl.project_id LEFT JOIN industry i ON i.code = p.industry_code"
                + " LEFT JOIN industry s ON s.code = i.section" + where + " GROUP BY 1, 2 ORDER BY total DESC",
                (rs, i) -> new IndustryFigure(rs.getString("section"), rs.getString("name") == null ? "未分类" : rs.getString("name"),
                        rs.getLong("n"), rs.getBigDecimal("total")), params.toArray());
    }

    private Map<WarningColour, Long> warnings(YearMonth wm, String where, List<Object> params) {
        Map<WarningColour, Long> counts = new EnumMap<>(WarningColour.class);
        for (WarningColour c : WarningColour.values()) {
            counts.put(c, 0L);
        }
        jdbc.query("SELECT w.colour, count(*) AS n FROM project_plan pl JOIN project p ON p.id = pl.project_id"
                + " JOIN project_warning w ON w.project_id = p.id AND w.month = ?" + where.replaceFirst(" WHERE ", " WHERE ")
                + " GROUP BY w.colour", rs -> {
            counts.put(WarningColour.valueOf(rs.getString("colour")), rs.getLong("n"));
        }, prepend(params, wm.atDay(1)));
        return counts;
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

    static BigDecimal timeProgress(YearMonth month) {
        return BigDecimal.valueOf(month.getMonthValue()).multiply(HUNDRED).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
    }

    private static Object[] prepend(List<Object> params, Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(params);
        return all.toArray();
    }

    private static Object[] append(List<Object> params, Object... last) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(last));
        return all.toArray();
    }
}
