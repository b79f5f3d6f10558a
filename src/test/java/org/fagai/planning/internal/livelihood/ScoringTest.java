package org.fagai.planning.internal.livelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fagai.planning.RegionIndex;
import org.fagai.planning.internal.Direction;
import org.junit.jupiter.api.Test;

/**
 * A small worked data set, checked by hand: three districts A, B, C; dimension D1 with i1 (weight 2, higher is better,
 * target 25) and i2 (weight 1, lower is better, target 2); dimension D2 with i3 (weight 1, higher is better, target 50),
 * which C did not report.
 *
 * <pre>
 *        i1  i2  i3
 *   A    10   5  40
 *   B    20   3  50
 *   C    30   1   —
 * </pre>
 */
class ScoringTest {

    private static final List<Scoring.Dimension> DIMENSIONS = List.of(new Scoring.Dimension("D1", "维度一", "QIYOU"),
            new Scoring.Dimension("D2", "维度二", "WUXING"));
    private static final List<Scoring.Indicator> INDICATORS = List.of(
            new Scoring.Indicator(1, "i1", "指标一", "D1", "个", Direction.HIGHER, BigDecimal.valueOf(2), BigDecimal.valueOf(25), "甲单位"),
            new Scoring.Indicator(2, "i2", "指标二", "D1", "%", Direction.LOWER, BigDecimal.ONE, BigDecimal.valueOf(2), "乙单位"),
            new Scoring.Indicator(3, "i3", "指标三", "D2", "个", Direction.HIGHER, BigDecimal.ONE, BigDecimal.valueOf(50), "丙单位"));
    private static final List<Scoring.Region> REGIONS = List.of(new Scoring.Region("A", "甲区"), new Scoring.Region("B", "乙区"),
            new Scoring.Region("C", "丙区"));
    private static final Map<Long, Map<String, BigDecimal>> VALUES = Map.of(
            1L, Map.of("A", BigDecimal.valueOf(10), "B", BigDecimal.valueOf(20), "C", BigDecimal.valueOf(30)),
            2L, Map.of("A", BigDecimal.valueOf(5), "B", BigDecimal.valueOf(3), "C", BigDecimal.valueOf(1)),
            3L, Map.of("A", BigDecimal.valueOf(40), "B", BigDecimal.valueOf(50)));

    private static Map<String, RegionIndex> byRegion(Normalisation method) {
        return Scoring.compute(DIMENSIONS, INDICATORS, REGIONS, VALUES, method, 2).stream()
                .collect(java.util.stream.Collectors.toMap(RegionIndex::regionCode, r -> r));
    }

    @Test
    void theEfficacyCoefficientGivesTheWorstSixtyTheBestHundredAndAMissingReportSixty() {
        // i1: A 60, B 80, C 100; i2 (lower is better): A 60, B 80, C 100; i3: A 60, B 100, C missing → 60
        // D1 = (2·i1 + i2)/3: A 60, B 80, C 100; D2: A 60, B 100, C 60; total = (2·i1 + i2 + i3)/4: A 60, B 85, C 90
        Map<String, RegionIndex> r = byRegion(Normalisation.EFFICACY);
        assertThat(r.get("A").total()).isEqualByComparingTo("60");
        assertThat(r.get("B").total()).isEqualByComparingTo("85");
        assertThat(r.get("C").total()).isEqualByComparingTo("90");
        assertThat(r.get("B").dimensions()).extracting(RegionIndex.DimensionIndex::index)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.valueOf(80), BigDecimal.valueOf(100));
        assertThat(r.get("C").dimensions().get(1).index()).isEqualByComparingTo("60");
        assertThat(List.of(r.get("C").rank(), r.get("B").rank(), r.get("A").rank())).containsExactly(1, 2, 3);
        assertThat(r.get("C").missing()).isEqualTo(1);
        assertThat(r.get("A").missing()).isZero();
    }

    @Test
    void minMaxGivesTheWorstZero() {
        // i1: A 0, B 50, C 100; i2: A 0, B 50, C 100; i3: A 0, B 100, C 0 → totals A 0, B 62.5, C 75
        Map<String, RegionIndex> r = byRegion(Normalisation.MIN_MAX);
        assertThat(r.get("A").total()).isEqualByComparingTo("0");
        assertThat(r.get("B").total()).isEqualByComparingTo("62.5");
        assertThat(r.get("C").total()).isEqualByComparingTo("75");
    }

    @Test
    void againstTargetsAScoreIsTheShareOfTheTargetCappedAtAHundred() {
        // i1 (target 25): A 40, B 80, C 100; i2 (target 2, lower): A 40, B 66.67, C 100; i3 (target 50): A 80, B 100, C 0
        // totals: A (80 + 40 + 80)/4 = 50; B (160 + 66.667 + 100)/4 = 81.67; C (200 + 100 + 0)/4 = 75
        Map<String, RegionIndex> r = byRegion(Normalisation.TARGET);
        assertThat(r.get("A").total()).isEqualByComparingTo("50");
        assertThat(r.get("B").total()).isEqualByComparingTo("81.67");
        assertThat(r.get("C").total()).isEqualByComparingTo("75");
        assertThat(r.get("B").rank()).isEqualTo(1);
    }

    @Test
    void theWeakestIndicatorsComeWithTheirMemberUnitsAndMissingOnesFirstWhenLowest() {
        Map<String, RegionIndex> r = byRegion(Normalisation.EFFICACY);
        // C: i3 missing (60), then i1 and i2 at 100; among equal scores the heavier weight first
        assertThat(r.get("C").weakest()).extracting(RegionIndex.WeakIndicator::code).containsExactly("i3", "i1");
        assertThat(r.get("C").weakest().get(0).missing()).isTrue();
        assertThat(r.get("C").weakest().get(0).memberUnit()).isEqualTo("丙单位");
        assertThat(r.get("B").weakest()).extracting(RegionIndex.WeakIndicator::code).containsExactly("i1", "i2");
    }

    @Test
    void equalTotalsShareARank() {
        Map<Long, Map<String, BigDecimal>> same = Map.of(1L, Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE, "C", BigDecimal.TEN));
        List<RegionIndex> ranked = Scoring.compute(DIMENSIONS, INDICATORS.subList(0, 1), REGIONS, same, Normalisation.EFFICACY, 1);
        assertThat(ranked).extracting(RegionIndex::rank).containsExactly(1, 2, 2);
    }
}
