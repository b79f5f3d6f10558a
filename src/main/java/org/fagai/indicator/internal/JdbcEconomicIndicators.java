package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.IndicatorForm;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.RankingLine;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.TrendPoint;
import org.fagai.indicator.Unit;
import org.fagai.indicator.ValueCommand;
import org.fagai.indicator.ValuePage;
import org.fagai.indicator.ValueQuery;
import org.fagai.indicator.ValueView;
import org.fagai.indicator.Warning;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.Period;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcEconomicIndicators implements EconomicIndicators {

    private static final String VALUE_SELECT = """
            SELECT v.indicator_code, i.name AS indicator_name, i.unit, i.frequency, i.growth_source, i.level_comparable, v.region_code,
                   r.name AS region_name, v.year, v.to_month, v.value, v.reported_growth, p.value AS last_value,
                   v.updated_by, v.updated_at
            FROM indicator_value v
            JOIN indicator i ON i.code = v.indicator_code
            JOIN region r ON r.code = v.region_code
            LEFT JOIN indicator_value p ON p.indicator_code = v.indicator_code AND p.region_code = v.region_code
                 AND p.year = v.year - 1 AND p.to_month = v.to_month
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RegionDirectory regions;
    private final Access access;
    private final IndicatorMath math;
    private final Clock clock;

    JdbcEconomicIndicators(JdbcClient jdbc, AuditLog audit, RegionDirectory regions, Access access,
                           IndicatorSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.regions = regions;
        this.access = access;
        this.math = new IndicatorMath(settings);
        this.clock = clock;
    }

    // ---- catalogue -------------------------------------------------------------------------------------------

    @Override
    public List<IndicatorView> catalogue() {
        access.reader();
        return loadCatalogue();
    }

    private List<IndicatorView> loadCatalogue() {
        return jdbc.sql("SELECT * FROM indicator ORDER BY sort_order, code").query(JdbcEconomicIndicators::toIndicator).list();
    }

    private List<IndicatorView> enabledCatalogue() {
        return loadCatalogue().stream().filter(IndicatorView::enabled).toList();
    }

    @Override
    public IndicatorView indicator(String code) {
        access.reader();
        return find(code).orElseThrow(() -> new NotFoundException("指标 " + code + " 不存在"));
    }

    private Optional<IndicatorView> find(String code) {
        return jdbc.sql("SELECT * FROM indicator WHERE code = ?").param(code == null ? "" : code.strip().toUpperCase())
                .query(JdbcEconomicIndicators::toIndicator).optional();
    }

    @Override
    @Transactional
    public IndicatorView saveIndicator(IndicatorForm f) {
        access.admin();
        String code = f.code().strip().toUpperCase();
        Optional<IndicatorView> clash = loadCatalogue().stream()
                .filter(i -> i.name().equals(f.name().strip()) && !i.code().equals(code)).findFirst();
        if (clash.isPresent()) {
            throw FieldErrors.of("name", "指标名称“" + f.name().strip() + "”已被指标 " + clash.get().code() + " 使用");
        }
        if (f.growthOnly() && f.growthSource() != GrowthSource.REPORTED) {
            throw FieldErrors.of("growthSource", "只发布增速的指标，增速来源应为统计部门发布");
        }
        boolean exists = find(code).isPresent();
        jdbc.sql("""
                INSERT INTO indicator (code, name, unit, frequency, january_alone, growth_source, level_comparable, growth_only,
                                       additive, brief_verb, in_brief, sort_order, enabled)
                VALUES (:code, :name, :unit, :frequency, :jan, :source, :levelComparable, :growthOnly, :additive, :verb,
                        :inBrief, :sort, :enabled)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit, frequency = EXCLUDED.frequency,
                    january_alone = EXCLUDED.january_alone, growth_source = EXCLUDED.growth_source,
                    level_comparable = EXCLUDED.level_comparable,
                    growth_only = EXCLUDED.growth_only, additive = EXCLUDED.additive, brief_verb = EXCLUDED.brief_verb,
                    in_brief = EXCLUDED.in_brief, sort_order = EXCLUDED.sort_order, enabled = EXCLUDED.enabled""")
                .param("code", code).param("name", f.name().strip()).param("unit", f.unit().name())
                .param("frequency", f.frequency().name()).param("jan", f.januaryAlone())
                .param("source", f.growthSource().name()).param("levelComparable", f.levelComparable())
                .param("growthOnly", f.growthOnly())
                .param("additive", f.additive()).param("verb", f.briefVerb() == null ? "" : f.briefVerb().strip())
                .param("inBrief", f.inBrief()).param("sort", f.sortOrder()).param("enabled", f.enabled()).update();
        audit.record(exists ? AuditAction.UPDATE : AuditAction.CREATE, "indicator", code,
                (exists ? "修改指标 " : "新增指标 ") + f.name().strip() + "（" + f.unit().label() + "，" + f.frequency() + "，增速"
                        + f.growthSource() + (f.levelComparable() ? "，可按总量核对增速" : "") + "）");
        return find(code).orElseThrow();
    }

    // ---- values ----------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public ValueView recordValue(ValueCommand c) {
        Commands.check(c);
        CurrentUser user = access.valueWriter();
        ImportRow row = new ImportRow(1, c.indicatorCode(), c.regionCode(), c.period(),
                c.value() == null ? "" : c.value().toPlainString(),
                c.reportedGrowth() == null ? "" : c.reportedGrowth().toPlainString());
        ValueRules.Outcome outcome = rules(user, List.of(row)).check(List.of(row));
        if (!outcome.errors().isEmpty()) {
            throw new FieldErrors(outcome.errors().stream()
                    .map(e -> new FieldErrors.FieldError(field(e.column()), e.message().replaceFirst("^第1行", "")))
                    .toList());
        }
        ValueRules.Valid v = outcome.rows().get(0);
        store(List.of(v), user);
        audit.record(AuditAction.UPDATE, "indicator-value", v.indicator().code() + "/" + v.regionCode() + "/"
                        + v.indicator().periodLabel(v.year(), v.toMonth()),
                "填报" + v.indicator().name() + " " + v.regionCode() + " " + v.indicator().periodLabel(v.year(), v.toMonth())
                        + "：累计值 " + Numbers.plain(v.value()) + "，同比增长 " + Numbers.plain(v.growth()));
        return jdbc.sql(VALUE_SELECT + " WHERE v.indicator_code = ? AND v.region_code = ? AND v.year = ? AND v.to_month = ?")
                .params(v.indicator().code(), v.regionCode(), v.year(), v.toMonth()).query(this::toValue).single();
    }

    private static String field(String column) {
        return switch (column == null ? "" : column) {
            case ValueRules.CODE -> "indicatorCode";
            case ValueRules.REGION -> "regionCode";
            case ValueRules.PERIOD -> "period";
            case ValueRules.VALUE -> "value";
            case ValueRules.GROWTH -> "reportedGrowth";
            default -> "form";
        };
    }

    @Override
    @Transactional
    public int importValues(List<ImportRow> rows) {
        CurrentUser user = access.valueWriter();
        if (rows.isEmpty()) {
            throw ImportRejected.of("文件中没有数据行");
        }
        ValueRules.Outcome outcome = rules(user, rows).check(rows);
        if (!outcome.errors().isEmpty()) {
            throw new ImportRejected(outcome.errors());
        }
        store(outcome.rows(), user);
        audit.record(AuditAction.IMPORT, "indicator-value", null, "导入经济运行数据 " + outcome.rows().size() + " 条");
        return outcome.rows().size();
    }

    /** The rules for these rows: the catalogue and the rows' regions are read once, not per row. */
    private ValueRules rules(CurrentUser user, List<ImportRow> rows) {
        Map<String, IndicatorView> catalogue = loadCatalogue().stream()
                .collect(Collectors.toMap(IndicatorView::code, i -> i));
        Set<String> codes = new HashSet<>();
        for (ImportRow row : rows) {
            try {
                codes.add(RegionCode.of(row.regionCode() == null ? "" : row.regionCode().strip()).value());
            } catch (IllegalArgumentException e) {
                // reported by the rules with the row
            }
        }
        Set<String> existing = regions.existing(codes);
        return new ValueRules(catalogue, existing::contains, code -> access.mayWriteValue(user, code),
                YearMonth.now(clock.withZone(ChinaTime.ZONE)));
    }

    /**
     * Inserts or replaces the rows in one statement: the columns travel as arrays and are unnested in the database,
     * so an import of thousands of rows is one round trip. The rules have refused duplicate keys, which ON CONFLICT
     * could not update twice.
     */
    private void store(List<ValueRules.Valid> rows, CurrentUser user) {
        int n = rows.size();
        String[] codes = new String[n];
        String[] regionCodes = new String[n];
        int[] years = new int[n];
        int[] months = new int[n];
        String[] values = new String[n];
        String[] growths = new String[n];
        for (int i = 0; i < n; i++) {
            ValueRules.Valid v = rows.get(i);
            codes[i] = v.indicator().code();
            regionCodes[i] = v.regionCode();
            years[i] = v.year();
            months[i] = v.toMonth();
            values[i] = v.value() == null ? null : v.value().toPlainString();
            growths[i] = v.growth() == null ? null : v.growth().toPlainString();
        }
        jdbc.sql("""
                INSERT INTO indicator_value (indicator_code, region_code, year, to_month, value, reported_growth, updated_at, updated_by)
                SELECT c, r, y, m, v, g, ?::timestamptz, ?::varchar
                FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::numeric[], ?::numeric[]) AS t (c, r, y, m, v, g)
                ON CONFLICT (indicator_code, region_code, year, to_month) DO UPDATE
                SET value = EXCLUDED.value, reported_growth = EXCLUDED.reported_growth,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .params(OffsetDateTime.now(clock), user.username(), codes, regionCodes, years, months, values, growths)
                .update();
    }

    @Override
    public ValuePage values(ValueQuery q) {
        CurrentUser user = access.reader();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (q.indicatorCode() != null && !q.indicatorCode().isBlank()) {
            where.append(" AND v.indicator_code = ?");
            params.add(q.indicatorCode().strip().toUpperCase());
        }
        if (q.regionCode() != null && !q.regionCode().isBlank()) {
            where.append(" AND v.region_code = ?");
            params.add(q.regionCode().strip());
        }
        if (q.year() != null) {
            where.append(" AND v.year = ?");
            params.add(q.year());
        }
        if (!user.isAdmin()) {
            String home = user.regionCode();
            RegionCode code = RegionCode.of(home);
            where.append(" AND (v.region_code = ? OR r.parent_code = ?)");
            params.add(home);
            params.add(code.level() == org.fagai.shared.RegionLevel.COUNTY ? "------" : home);
        }
        long total = jdbc.sql("SELECT count(*) FROM indicator_value v JOIN region r ON r.code = v.region_code" + where)
                .params(params).query(Long.class).single();
        int size = Math.max(1, Math.min(q.size(), 10_000));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) Math.max(0, q.page()) * size);
        List<ValueView> values = jdbc.sql(VALUE_SELECT + where
                        + " ORDER BY v.year DESC, v.to_month DESC, i.sort_order, v.region_code LIMIT ? OFFSET ?")
                .params(pageParams).query(this::toValue).list();
        return new ValuePage(values, total);
    }

    @Override
    public List<ValueView> values(String code, String regionCode, Period from, Period to) {
        access.readerOf(regionCode);
        IndicatorView indicator = indicator(code);
        return jdbc.sql(VALUE_SELECT + """
                         WHERE v.indicator_code = ? AND v.region_code = ? AND v.year * 100 + v.to_month BETWEEN ? AND ?
                         ORDER BY v.year, v.to_month""")
                .params(indicator.code(), regionCode, from.year() * 100 + from.toMonth(), to.year() * 100 + to.toMonth())
                .query(this::toValue).list();
    }

    @Override
    public List<TrendPoint> trend(String code, String regionCode, int fromYear, int toYear) {
        return values(code, regionCode, Period.monthly(fromYear, 1), Period.monthly(toYear, 12)).stream()
                .map(v -> new TrendPoint(v.year(), v.toMonth(), v.periodLabel(), v.value(), v.growth(), v.growthEstimated()))
                .toList();
    }

    // ---- targets ---------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public TargetView setTarget(TargetCommand c) {
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        IndicatorView indicator = c.indicatorCode() == null ? null : find(c.indicatorCode()).orElse(null);
        if (indicator == null) {
            errors.add(new FieldErrors.FieldError("indicatorCode", "指标代码“" + c.indicatorCode() + "”不在指标目录中"));
        }
        String region = c.regionCode() == null ? "" : c.regionCode().strip();
        if (regions.find(region).isEmpty()) {
            errors.add(new FieldErrors.FieldError("regionCode", "地区代码“" + region + "”不存在"));
        } else if (!RegionCode.of(region).isCountyOrAbove()) {
            errors.add(new FieldErrors.FieldError("regionCode", RegionCode.of(region).countyOrAboveRequired("目标所属地区")));
        }
        if (c.year() == null || !Years.contains(c.year())) {
            errors.add(new FieldErrors.FieldError("year", "年度应为" + Years.RANGE + "之间的年份"));
        }
        if (c.growthTarget() == null && c.absoluteTarget() == null) {
            errors.add(new FieldErrors.FieldError("growthTarget", "增速目标和总量目标至少填写一项"));
        }
        if (c.growthTarget() != null && (c.growthTarget().abs().compareTo(BigDecimal.valueOf(1000)) > 0
                || c.growthTarget().stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldErrors.FieldError("growthTarget", "增速目标（%）应在-1000至1000之间，最多两位小数"));
        }
        if (c.absoluteTarget() != null && c.absoluteTarget().signum() <= 0) {
            errors.add(new FieldErrors.FieldError("absoluteTarget", "总量目标应大于0"));
        }
        if (indicator != null && indicator.growthOnly() && c.absoluteTarget() != null) {
            errors.add(new FieldErrors.FieldError("absoluteTarget", indicator.name() + "只发布增速，不能设定总量目标"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        CurrentUser user = access.targetWriter(region);
        jdbc.sql("""
                INSERT INTO indicator_target (indicator_code, region_code, year, growth_target, absolute_target, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (indicator_code, region_code, year) DO UPDATE
                SET growth_target = EXCLUDED.growth_target, absolute_target = EXCLUDED.absolute_target,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .params(indicator.code(), region, c.year(), c.growthTarget(), c.absoluteTarget(), OffsetDateTime.now(clock),
                        user.username())
                .update();
        audit.record(AuditAction.UPDATE, "indicator-target", indicator.code() + "/" + region + "/" + c.year(),
                "设定" + c.year() + "年" + indicator.name() + "目标 " + region + "：增速 " + Numbers.plain(c.growthTarget())
                        + "%，总量 " + Numbers.plain(c.absoluteTarget()) + indicator.unit().label());
        return targets(region, c.year()).stream().filter(t -> t.indicatorCode().equals(indicator.code())).findFirst()
                .orElseThrow();
    }

    @Override
    public List<TargetView> targets(String regionCode, int year) {
        access.readerOf(regionCode);
        return jdbc.sql("""
                        SELECT t.*, i.name AS indicator_name, i.unit, r.name AS region_name
                        FROM indicator_target t JOIN indicator i ON i.code = t.indicator_code JOIN region r ON r.code = t.region_code
                        WHERE t.region_code = ? AND t.year = ? ORDER BY i.sort_order, i.code""")
                .params(regionCode, year)
                .query((rs, n) -> new TargetView(rs.getString("indicator_code"), rs.getString("indicator_name"),
                        Unit.valueOf(rs.getString("unit")), rs.getString("region_code"), rs.getString("region_name"),
                        rs.getInt("year"), rs.getBigDecimal("growth_target"), rs.getBigDecimal("absolute_target"),
                        rs.getString("updated_by")))
                .list();
    }

    // ---- overview, ranking, comparison ------------------------------------------------------------------------

    @Override
    public Overview overview(String regionCode, int year, int month) {
        checkMonth(year, month);
        access.readerOf(regionCode);
        RegionView region = regions.get(regionCode);
        List<String> peers = region.parentCode() == null ? List.of(regionCode)
                : regions.children(region.parentCode()).stream().map(RegionView::code).toList();
        List<IndicatorView> indicators = enabledCatalogue();
        Map<String, Map<String, OverviewLine>> lines = compute(indicators, peers.contains(regionCode) ? peers
                : append(peers, regionCode), year, month);
        List<OverviewLine> result = indicators.stream().map(i -> lines.get(i.code()).get(regionCode)).toList();
        return new Overview(regionCode, region.name(), year, month, Period.monthly(year, month).label(), result);
    }

    @Override
    public List<RankingLine> ranking(String code, String parentCode, int year, int month) {
        checkMonth(year, month);
        CurrentUser user = access.reader();
        IndicatorView indicator = indicator(code);
        List<RegionView> districts = regions.children(parentCode);
        Map<String, OverviewLine> lines = compute(List.of(indicator),
                districts.stream().map(RegionView::code).toList(), year, month).get(indicator.code());
        return districts.stream().filter(d -> user.canSeeRegion(d.code()))
                .map(d -> {
                    OverviewLine l = lines.get(d.code());
                    return new RankingLine(d.code(), d.name(), l.value(), l.growth(), l.rank(), l.target(), l.gap(), l.warning(),
                            l.growthEstimated());
                })
                .filter(r -> r.growth() != null || r.value() != null)
                .sorted(java.util.Comparator.comparing(RankingLine::rank, java.util.Comparator.nullsLast(Integer::compare))
                        .thenComparing(RankingLine::regionCode))
                .toList();
    }

    @Override
    public Comparison comparison(String parentCode, int year, int month) {
        checkMonth(year, month);
        CurrentUser user = access.readerOf(parentCode);
        RegionView parent = regions.get(parentCode);
        List<RegionView> children = regions.children(parentCode);
        List<RegionView> districts = (children.isEmpty() ? List.of(parent) : children).stream()
                .filter(d -> user.canSeeRegion(d.code())).toList();
        List<IndicatorView> indicators = enabledCatalogue();
        List<String> codes = new ArrayList<>(districts.stream().map(RegionView::code).toList());
        Map<String, Map<String, OverviewLine>> lines = compute(indicators, codes, year, month);
        List<Comparison.Row> rows = indicators.stream().map(i -> new Comparison.Row(i.code(), i.name(), i.unit().label(),
                i.periodAt(year, month).map(Period::label).orElse(null),
                districts.stream().map(d -> lines.get(i.code()).get(d.code())).toList())).toList();
        return new Comparison(parentCode, parent.name(), year, month, Period.monthly(year, month).label(),
                districts.stream().map(d -> new Comparison.Region(d.code(), d.name())).toList(), rows);
    }

    @Override
    public Optional<YearMonth> latestMonth(String regionCode) {
        access.readerOf(regionCode);
        return jdbc.sql("""
                        SELECT v.year, max(v.to_month) AS m FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
                        WHERE v.region_code = ? AND i.frequency = 'MONTHLY'
                        GROUP BY v.year ORDER BY v.year DESC LIMIT 1""")
                .param(regionCode).query((rs, n) -> YearMonth.of(rs.getInt("year"), rs.getInt("m"))).optional();
    }

    @Override
    public List<Comparison.Region> selectableRegions() {
        CurrentUser user = access.reader();
        RegionView home = regions.get(user.regionCode());
        List<Comparison.Region> result = new ArrayList<>();
        result.add(new Comparison.Region(home.code(), home.name()));
        if (user.role() != Role.DISTRICT) {
            regions.children(home.code()).forEach(c -> result.add(new Comparison.Region(c.code(), c.name())));
        }
        return result;
    }

    private static void checkMonth(int year, int month) {
        if (year < 1000 || year > 9999 || month < 1 || month > 12) {
            throw new IllegalArgumentException("统计期应为年份和1-12月，如2023-12");
        }
    }

    private static List<String> append(List<String> list, String code) {
        List<String> result = new ArrayList<>(list);
        result.add(code);
        return result;
    }

    /**
     * Every indicator's line for each region at a month, in one query (reading only the given indicators and regions,
     * by the primary keys), with ranks among the given regions.
     * Result: indicator code → region code → line (a line without data when nothing is stored).
     */
    Map<String, Map<String, OverviewLine>> compute(List<IndicatorView> indicators, Collection<String> regionCodes,
                                                   int year, int month) {
        int quarterMonth = (month / 3) * 3;
        List<String> codes = indicators.stream().map(IndicatorView::code).toList();
        Map<String, Map<String, Fact>> facts = new HashMap<>();
        Map<String, BigDecimal[]> targets = new HashMap<>();
        if (!regionCodes.isEmpty() && !codes.isEmpty()) {
            // Values (with last year's) and targets in one round trip: value rows have a month, target rows none.
            jdbc.sql("""
                            SELECT v.indicator_code, v.region_code, v.to_month, v.value, v.reported_growth, p.value AS last_value,
                                   NULL::numeric AS growth_target, NULL::numeric AS absolute_target
                            FROM indicator_value v
                            LEFT JOIN indicator_value p ON p.indicator_code = v.indicator_code AND p.region_code = v.region_code
                                 AND p.year = v.year - 1 AND p.to_month = v.to_month
                            WHERE v.indicator_code IN (:codes) AND v.region_code IN (:regions) AND v.year = :year
                              AND v.to_month IN (:months)
                            UNION ALL
                            SELECT indicator_code, region_code, NULL, NULL, NULL, NULL, growth_target, absolute_target
                            FROM indicator_target
                            WHERE indicator_code IN (:codes) AND region_code IN (:regions) AND year = :year""")
                    .param("codes", codes).param("year", year).param("months", List.of(month, Math.max(quarterMonth, 1)))
                    .param("regions", regionCodes)
                    .query((ResultSet rs) -> {
                        int toMonth = rs.getInt("to_month");
                        if (rs.wasNull()) {
                            targets.put(rs.getString("indicator_code") + "|" + rs.getString("region_code"),
                                    new BigDecimal[] {rs.getBigDecimal("growth_target"), rs.getBigDecimal("absolute_target")});
                        } else {
                            facts.computeIfAbsent(rs.getString("indicator_code"), k -> new HashMap<>())
                                    .put(rs.getString("region_code") + "|" + toMonth, new Fact(rs.getBigDecimal("value"),
                                            rs.getBigDecimal("reported_growth"), rs.getBigDecimal("last_value")));
                        }
                    });
        }
        Map<String, Map<String, OverviewLine>> result = new LinkedHashMap<>();
        for (IndicatorView indicator : indicators) {
            Optional<Period> period = indicator.periodAt(year, month);
            Map<String, Fact> byRegion = facts.getOrDefault(indicator.code(), Map.of());
            Map<String, Draft> drafts = new LinkedHashMap<>();
            for (String region : regionCodes) {
                Fact fact = period.map(p -> byRegion.get(region + "|" + p.toMonth())).orElse(null);
                BigDecimal[] target = targets.getOrDefault(indicator.code() + "|" + region, new BigDecimal[2]);
                drafts.put(region, draft(indicator, period.orElse(null), fact, target[0], target[1]));
            }
            Map<String, BigDecimal> growths = new LinkedHashMap<>();
            drafts.forEach((region, d) -> growths.put(region, d.growth));
            Map<String, Integer> ranks = IndicatorMath.rank(growths);
            int rankOf = ranks.size();
            Map<String, OverviewLine> lines = new LinkedHashMap<>();
            drafts.forEach((region, d) -> lines.put(region, d.toLine(indicator, rankOf >= 2 ? ranks.get(region) : null,
                    rankOf >= 2 && ranks.containsKey(region) ? rankOf : null)));
            result.put(indicator.code(), lines);
        }
        return result;
    }

    private record Fact(BigDecimal value, BigDecimal reportedGrowth, BigDecimal lastValue) {
    }

    private Draft draft(IndicatorView indicator, Period period, Fact fact, BigDecimal growthTarget, BigDecimal absoluteTarget) {
        Draft d = new Draft();
        d.period = period;
        d.target = growthTarget;
        d.absoluteTarget = absoluteTarget;
        if (period != null) {
            d.timeProgress = math.timeProgress(period);
        }
        if (fact != null) {
            d.value = fact.value();
            BigDecimal computed = IndicatorMath.growth(fact.value(), fact.lastValue());
            d.growth = IndicatorMath.shownGrowth(indicator.growthSource(), fact.reportedGrowth(), computed);
            d.growthEstimated = IndicatorMath.isEstimated(fact.reportedGrowth(), d.growth);
            d.growthDiffers = math.growthDiffers(indicator.levelComparable(), fact.reportedGrowth(), computed);
        }
        BigDecimal growthGap = IndicatorMath.gap(d.growth, growthTarget);
        d.completion = IndicatorMath.completion(d.value, absoluteTarget);
        d.progressGap = d.completion == null ? null : d.completion.subtract(d.timeProgress);
        d.growthWarning = math.growthWarning(growthGap);
        d.progressWarning = math.progressWarning(d.completion, d.timeProgress);
        d.gap = growthTarget != null ? growthGap : d.progressGap;
        return d;
    }

    private static final class Draft {
        Period period;
        BigDecimal value;
        BigDecimal growth;
        BigDecimal target;
        BigDecimal gap;
        BigDecimal absoluteTarget;
        BigDecimal completion;
        BigDecimal timeProgress;
        BigDecimal progressGap;
        Warning growthWarning = Warning.NONE;
        Warning progressWarning = Warning.NONE;
        boolean growthDiffers;
        boolean growthEstimated;

        OverviewLine toLine(IndicatorView i, Integer rank, Integer rankOf) {
            boolean data = value != null || growth != null;
            return new OverviewLine(i.code(), i.name(), i.unit().label(), period == null ? null : period.label(),
                    value, growth, target, gap, growthWarning.worse(progressWarning), rank, rankOf, absoluteTarget,
                    completion, data ? timeProgress : null, progressGap, growthWarning, progressWarning, growthDiffers,
                    i.unit(), i.growthOnly(), i.inBrief(), i.briefVerb(), growthEstimated);
        }
    }

    // ---- mapping ---------------------------------------------------------------------------------------------

    static IndicatorView toIndicator(ResultSet rs, int n) throws SQLException {
        return new IndicatorView(rs.getString("code"), rs.getString("name"), Unit.valueOf(rs.getString("unit")),
                Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("january_alone"),
                GrowthSource.valueOf(rs.getString("growth_source")), rs.getBoolean("level_comparable"), rs.getBoolean("growth_only"),
                rs.getBoolean("additive"), rs.getString("brief_verb"), rs.getBoolean("in_brief"), rs.getInt("sort_order"),
                rs.getBoolean("enabled"));
    }

    private ValueView toValue(ResultSet rs, int n) throws SQLException {
        Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
        int year = rs.getInt("year");
        int toMonth = rs.getInt("to_month");
        BigDecimal value = rs.getBigDecimal("value");
        BigDecimal reported = rs.getBigDecimal("reported_growth");
        BigDecimal last = rs.getBigDecimal("last_value");
        BigDecimal computed = IndicatorMath.growth(value, last);
        GrowthSource source = GrowthSource.valueOf(rs.getString("growth_source"));
        BigDecimal growth = IndicatorMath.shownGrowth(source, reported, computed);
        String label = (frequency == Frequency.QUARTERLY ? Period.quarterly(year, toMonth / 3) : Period.monthly(year, toMonth)).label();
        return new ValueView(rs.getString("indicator_code"), rs.getString("indicator_name"), Unit.valueOf(rs.getString("unit")),
                rs.getString("region_code"), rs.getString("region_name"), year, toMonth, label, value, last, growth, reported,
                computed, math.growthDiffers(rs.getBoolean("level_comparable"), reported, computed),
                IndicatorMath.isEstimated(reported, growth), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
