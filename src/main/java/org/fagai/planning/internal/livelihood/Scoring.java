package org.fagai.planning.internal.livelihood;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.planning.RegionIndex;
import org.fagai.planning.internal.Direction;
import org.fagai.shared.Ranking;

/**
 * The 七有五性 indices of a round: each indicator's values normalised over the districts, a dimension's index the
 * weighted mean of its indicators' scores, the total index the weighted mean of all scores (so dimensions count by
 * their indicators' weights), ranks by total (ties share a rank: 1, 2, 2, 4), the weakest indicators of each district.
 */
final class Scoring {

    record Dimension(String code, String name, String family) {
    }

    record Indicator(long id, String code, String name, String dimension, String unit, Direction direction, BigDecimal weight,
                     BigDecimal target, String memberUnit) {
    }

    record Region(String code, String name) {
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    private Scoring() {
    }

    /**
     * @param values by indicator id, then region code; a region without a value for an indicator has not reported it
     */
    static List<RegionIndex> compute(List<Dimension> dimensions, List<Indicator> indicators, List<Region> regions,
                                     Map<Long, Map<String, BigDecimal>> values, Normalisation method, int weakest) {
        Map<String, Map<Long, BigDecimal>> scores = new LinkedHashMap<>();
        regions.forEach(r -> scores.put(r.code(), new LinkedHashMap<>()));
        for (Indicator i : indicators) {
            Map<String, BigDecimal> reported = values.getOrDefault(i.id(), Map.of());
            BigDecimal min = reported.values().stream().min(Comparator.naturalOrder()).orElse(null);
            BigDecimal max = reported.values().stream().max(Comparator.naturalOrder()).orElse(null);
            for (Region r : regions) {
                BigDecimal x = reported.get(r.code());
                scores.get(r.code()).put(i.id(), x == null ? method.floor() : method.score(x, min, max, i.target(), i.direction()));
            }
        }
        List<RegionIndex> result = new ArrayList<>();
        for (Region r : regions) {
            Map<Long, BigDecimal> s = scores.get(r.code());
            List<RegionIndex.DimensionIndex> dims = dimensions.stream().map(d -> new RegionIndex.DimensionIndex(d.code(), d.name(),
                    d.family(), weighted(indicators.stream().filter(i -> i.dimension().equals(d.code())).toList(), s))).toList();
            List<RegionIndex.WeakIndicator> weak = indicators.stream()
                    .sorted(Comparator.comparing((Indicator i) -> s.get(i.id())).thenComparing(Indicator::weight, Comparator.reverseOrder()))
                    .limit(weakest)
                    .map(i -> {
                        BigDecimal x = values.getOrDefault(i.id(), Map.of()).get(r.code());
                        return new RegionIndex.WeakIndicator(i.code(), i.name(), i.unit(), i.memberUnit(), x, round(s.get(i.id())), x == null);
                    }).toList();
            int missing = (int) indicators.stream().filter(i -> !values.getOrDefault(i.id(), Map.of()).containsKey(r.code())).count();
            result.add(new RegionIndex(r.code(), r.name(), weighted(indicators, s), 0, dims, weak, missing));
        }
        return ranked(result);
    }

    private static BigDecimal weighted(List<Indicator> indicators, Map<Long, BigDecimal> scores) {
        BigDecimal weights = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() == 0) {
            return null;
        }
        BigDecimal sum = indicators.stream().map(i -> i.weight().multiply(scores.get(i.id()), MC)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return round(sum.divide(weights, MC));
    }

    /** Ranked by total as districts are ranked ({@link Ranking}); a district without a total comes after, by code. */
    private static List<RegionIndex> ranked(List<RegionIndex> list) {
        List<RegionIndex> ranked = new ArrayList<>();
        Ranking.highestFirst(list, RegionIndex::total, Comparator.comparing(RegionIndex::regionCode))
                .forEach(r -> ranked.add(withRank(r.item(), r.rank())));
        list.stream().filter(r -> r.total() == null).sorted(Comparator.comparing(RegionIndex::regionCode))
                .forEach(r -> ranked.add(withRank(r, ranked.size() + 1)));
        return ranked;
    }

    private static RegionIndex withRank(RegionIndex r, int rank) {
        return new RegionIndex(r.regionCode(), r.regionName(), r.total(), rank, r.dimensions(), r.weakest(), r.missing());
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
