package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.Warning;
import org.fagai.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The arithmetic of monitoring applied to stored facts: each indicator's value, 同比 growth, gap to target, completion
 * against 序时进度, warnings and rank among the regions asked for, read in one query.
 */
@Component
class IndicatorLines {

    private final JdbcClient jdbc;
    private final IndicatorMath math;

    IndicatorLines(JdbcClient jdbc, IndicatorSettings settings) {
        this.jdbc = jdbc;
        this.math = new IndicatorMath(settings);
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
}
