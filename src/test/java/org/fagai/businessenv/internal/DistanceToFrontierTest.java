package org.fagai.businessenv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example, checked by hand (see each comment), for both directions and the weights. */
class DistanceToFrontierTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void lowerIsBetterTakesTheSmallestAsFrontierAndScoresTheDistanceFromTheWorst() {
        // set {2, 5, 8} days: frontier 2, worst 8; 5 → (8 − 5) / (8 − 2) × 100 = 50
        DistanceToFrontier dtf = DistanceToFrontier.of(Direction.LOWER, List.of(d("2"), d("5"), d("8")));
        assertThat(dtf.frontier()).isEqualByComparingTo("2");
        assertThat(dtf.worst()).isEqualByComparingTo("8");
        assertThat(dtf.score(d("5"))).isEqualByComparingTo("50.00");
        assertThat(dtf.score(d("2"))).isEqualByComparingTo("100.00");
        assertThat(dtf.score(d("8"))).isEqualByComparingTo("0.00");
    }

    @Test
    void higherIsBetterMirrorsItWithTheLargestAsFrontier() {
        // set {60, 90, 80} %: frontier 90, worst 60; 80 → (80 − 60) / (90 − 60) × 100 = 66.67
        DistanceToFrontier dtf = DistanceToFrontier.of(Direction.HIGHER, List.of(d("60"), d("90"), d("80")));
        assertThat(dtf.frontier()).isEqualByComparingTo("90");
        assertThat(dtf.worst()).isEqualByComparingTo("60");
        assertThat(dtf.score(d("80"))).isEqualByComparingTo("66.67");
    }

    @Test
    void aSetOfEqualValuesScoresEveryoneFullMarksAndAValueOutsideTheSetStaysWithin0To100() {
        DistanceToFrontier same = DistanceToFrontier.of(Direction.LOWER, List.of(d("3"), d("3")));
        assertThat(same.score(d("3"))).isEqualByComparingTo("100");
        DistanceToFrontier dtf = DistanceToFrontier.of(Direction.LOWER, List.of(d("2"), d("8")));
        assertThat(dtf.score(d("1"))).isEqualByComparingTo("100");
        assertThat(dtf.score(d("20"))).isEqualByComparingTo("0");
        assertThat(DistanceToFrontier.of(Direction.HIGHER, List.of())).isNull();
        assertThat(dtf.score(null)).isNull();
    }

    @Test
    void scoresAreWeightedUpAndAPartWithoutDataLeavesTheWeights() {
        // 0.6 × 50 + 0.4 × 66.67 = 56.668 → 56.67; then groups 6 × 56.67 + 4 × 100 = 740.02 / 10 = 74.00
        BigDecimal group = WeightedScore.of(List.of(new WeightedScore.Part(d("0.6"), d("50.00")),
                new WeightedScore.Part(d("0.4"), d("66.67"))));
        assertThat(group).isEqualByComparingTo("56.67");
        BigDecimal total = WeightedScore.of(List.of(new WeightedScore.Part(d("6"), group), new WeightedScore.Part(d("4"), d("100")),
                new WeightedScore.Part(d("8"), null)));
        assertThat(total).isEqualByComparingTo("74.00");
        assertThat(WeightedScore.of(List.of(new WeightedScore.Part(d("1"), null)))).isNull();
    }
}
