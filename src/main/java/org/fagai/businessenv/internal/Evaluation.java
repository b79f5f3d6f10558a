package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.util.List;

/** One year's evaluation of a city's counties: each county's total, rank, first-level groups and weakest indicators. */
record Evaluation(int year, String cityCode, String cityName, List<RegionScore> regions) {

    /**
     * One measured indicator of one county; {@code frontier}/{@code worst} of the comparison set, {@code change} the
     * score's change against the year before (points), {@code fromSource} whether the platform's own data gave the value.
     */
    record IndicatorScore(String code, String name, String unit, Direction direction, BigDecimal weight, BigDecimal value,
                          BigDecimal frontier, BigDecimal worst, BigDecimal score, BigDecimal change, boolean fromSource) {
    }

    record GroupScore(String code, String name, boolean national, BigDecimal weight, BigDecimal score, BigDecimal change,
                      List<IndicatorScore> indicators) {
    }

    record RegionScore(String regionCode, String regionName, BigDecimal total, BigDecimal change, Integer rank, int rankOf,
                       Integer previousRank, List<GroupScore> groups, List<IndicatorScore> weakest) {
    }

    RegionScore region(String code) {
        return regions.stream().filter(r -> r.regionCode().equals(code)).findFirst().orElse(null);
    }
}
