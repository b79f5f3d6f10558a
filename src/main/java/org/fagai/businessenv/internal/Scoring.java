package org.fagai.businessenv.internal;

import org.fagai.shared.StoredText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.businessenv.internal.Evaluation.GroupScore;
import org.fagai.businessenv.internal.Evaluation.IndicatorScore;
import org.fagai.businessenv.internal.Evaluation.RegionScore;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Ranking;
import org.fagai.shared.RegionLevel;
import org.fagai.shared.Years;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a city's counties for a year: per measured indicator the comparison set is the counties' values and the
 * entered benchmarks, scored by {@link DistanceToFrontier}; weighted up by {@link WeightedScore} into the first level
 * and the total; ranked by {@link Ranking}; each score set against the year before.
 */
@Service
class Scoring {

    static final int WEAKEST = 3;

    private final IndicatorSystem catalogue;
    private final EvaluationValues values;
    private final SourceValues sources;
    private final RegionDirectory regions;

    Scoring(IndicatorSystem catalogue, EvaluationValues values, SourceValues sources, RegionDirectory regions) {
        this.catalogue = catalogue;
        this.values = values;
        this.sources = sources;
        this.regions = regions;
    }

    /** The evaluation of the city that a region (the city or one of its counties) belongs to. */
    @Transactional(readOnly = true)
    Evaluation evaluate(int year, String regionCode) {
        Years.check("year", year);
        RegionView city = city(regionCode);
        List<RegionView> counties = regions.children(city.code()).stream().filter(r -> r.level() == RegionLevel.COUNTY
                && r.enabled()).toList();
        List<Indicator> indicators = catalogue.all();
        Map<String, Evaluation.RegionScore> before = year > Years.FIRST
                ? score(year - 1, city, counties, indicators, Map.of()).stream()
                .collect(java.util.stream.Collectors.toMap(RegionScore::regionCode, r -> r))
                : Map.of();
        return new Evaluation(year, city.code(), city.name(), score(year, city, counties, indicators, before));
    }

    private List<RegionScore> score(int year, RegionView city, List<RegionView> counties, List<Indicator> indicators,
                                    Map<String, RegionScore> before) {
        Map<String, Map<String, BigDecimal>> entered = values.entered(year, city.code());
        Map<String, Map<String, BigDecimal>> own = sources.of(year, city.code(), indicators);
        Map<String, List<BigDecimal>> benchmarks = new HashMap<>();
        values.benchmarks(year).forEach(b -> benchmarks.computeIfAbsent(b.indicatorCode(), k -> new ArrayList<>()).add(b.value()));
        Map<String, IndicatorScore> previous = new HashMap<>();
        Map<String, GroupScore> previousGroups = new HashMap<>();
        before.values().forEach(r -> r.groups().forEach(g -> {
            previousGroups.put(r.regionCode() + "/" + g.code(), g);
            g.indicators().forEach(i -> previous.put(r.regionCode() + "/" + i.code(), i));
        }));

        Map<String, Map<String, IndicatorScore>> byCounty = new LinkedHashMap<>();
        counties.forEach(c -> byCounty.put(c.code(), new HashMap<>()));
        for (Indicator indicator : indicators) {
            if (indicator.firstLevel()) {
                continue;
            }
            Map<String, BigDecimal> countyValues = new HashMap<>(entered.getOrDefault(indicator.code(), Map.of()));
            Map<String, BigDecimal> fromSource = own.getOrDefault(indicator.code(), Map.of());
            countyValues.putAll(fromSource);
            countyValues.keySet().retainAll(byCounty.keySet());
            List<BigDecimal> set = new ArrayList<>(countyValues.values());
            set.addAll(benchmarks.getOrDefault(indicator.code(), List.of()));
            DistanceToFrontier dtf = DistanceToFrontier.of(indicator.direction(), set);
            for (RegionView county : counties) {
                BigDecimal value = countyValues.get(county.code());
                BigDecimal score = dtf == null ? null : dtf.score(value);
                IndicatorScore last = previous.get(county.code() + "/" + indicator.code());
                byCounty.get(county.code()).put(indicator.code(), new IndicatorScore(indicator.code(), indicator.name(),
                        indicator.unit(), indicator.direction(), indicator.weight(), value,
                        dtf == null ? null : dtf.frontier(), dtf == null ? null : dtf.worst(), score,
                        change(score, last == null ? null : last.score()), fromSource.containsKey(county.code())));
            }
        }

        List<RegionScore> scored = new ArrayList<>();
        for (RegionView county : counties) {
            Map<String, IndicatorScore> own2 = byCounty.get(county.code());
            List<GroupScore> groups = new ArrayList<>();
            for (Indicator first : indicators) {
                if (!first.firstLevel()) {
                    continue;
                }
                List<IndicatorScore> children = indicators.stream().filter(i -> first.code().equals(i.parentCode()))
                        .map(i -> own2.get(i.code())).toList();
                BigDecimal score = WeightedScore.of(children.stream().map(c -> new WeightedScore.Part(c.weight(), c.score())).toList());
                GroupScore last = previousGroups.get(county.code() + "/" + first.code());
                groups.add(new GroupScore(first.code(), first.name(), first.national(), first.weight(), score,
                        change(score, last == null ? null : last.score()), children));
            }
            BigDecimal total = WeightedScore.of(groups.stream().map(g -> new WeightedScore.Part(g.weight(), g.score())).toList());
            List<IndicatorScore> weakest = own2.values().stream().filter(i -> i.score() != null)
                    .sorted(Comparator.comparing(IndicatorScore::score).thenComparing(IndicatorScore::code)).limit(WEAKEST).toList();
            RegionScore last = before.get(county.code());
            scored.add(new RegionScore(county.code(), county.name(), total, change(total, last == null ? null : last.total()),
                    null, 0, last == null ? null : last.rank(), groups, weakest));
        }
        List<Ranking.Ranked<RegionScore>> ranked = Ranking.highestFirst(scored, RegionScore::total,
                Comparator.comparing(RegionScore::regionCode));
        int of = ranked.size();
        Map<String, Integer> ranks = new HashMap<>();
        ranked.forEach(r -> ranks.put(r.item().regionCode(), r.rank()));
        List<RegionScore> result = new ArrayList<>();
        for (RegionScore r : scored) {
            result.add(new RegionScore(r.regionCode(), r.regionName(), r.total(), r.change(), ranks.get(r.regionCode()), of,
                    r.previousRank(), r.groups(), r.weakest()));
        }
        result.sort(Comparator.comparing((RegionScore r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(RegionScore::regionCode));
        return result;
    }

    private static BigDecimal change(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    private RegionView city(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw FieldErrors.of("region", StoredText.of("businessenv.error.regionCode"));
        }
        RegionView region = regions.find(code).orElseThrow(() -> FieldErrors.of("region", StoredText.of("businessenv.error.regionMissing", code)));
        if (region.level() == RegionLevel.COUNTY) {
            region = regions.get(region.parentCode());
        }
        if (region.level() != RegionLevel.PREFECTURE) {
            throw FieldErrors.of("region", StoredText.of("businessenv.error.notCityOrCounty", region.name()));
        }
        return region;
    }
}
