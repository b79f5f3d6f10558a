package org.fagai.planning.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.ProgressStatus;
import org.fagai.planning.internal.Direction;
import org.junit.jupiter.api.Test;

/** The progress rule on worked examples of a 十五五 plan (2026–2030, base year 2025). */
class PlanIndicatorTest {

    private static PlanIndicator indicator(boolean binding, Direction direction, TargetKind kind, String target, String base) {
        return new PlanIndicator(1, "X", "指标", "经济发展", 1, binding, "亿元", direction, kind, new BigDecimal(target),
                kind.defaultPath(), new BigDecimal(base), null, 2026, 2030);
    }

    private static YearActual growth(int year, String growth) {
        return new YearActual(year, null, new BigDecimal(growth));
    }

    private static YearActual value(int year, String value) {
        return new YearActual(year, new BigDecimal(value), null);
    }

    @Test
    void anAverageAnnualGrowthTargetFollowsTheCompoundPath() {
        PlanIndicator gdp = indicator(false, Direction.HIGHER, TargetKind.ANNUAL_GROWTH, "6", "1000");
        // 1000 × 1.06^5 and 1000 × 1.06^2
        assertThat(gdp.targetValue()).isEqualByComparingTo("1338.2256");
        assertThat(gdp.pathValue(2027)).isEqualByComparingTo("1123.6000");
        assertThat(gdp.pathValue(2025)).isEqualByComparingTo("1000");
    }

    @Test
    void growthsChainFromTheBaseAndASlowerAverageIsBehindInYellowWhenIndicative() {
        PlanIndicator gdp = indicator(false, Direction.HIGHER, TargetKind.ANNUAL_GROWTH, "6", "1000");
        // 1000 × 1.065 × 1.05 = 1118.25 < 1123.6; average growth √1.11825 − 1 = 5.747%
        IndicatorProgress p = gdp.judge(List.of(growth(2026, "6.5"), growth(2027, "5.0")), 2027);
        assertThat(p.actual()).isEqualByComparingTo("1118.25");
        assertThat(p.pathValue()).isEqualByComparingTo("1123.6");
        assertThat(p.achievedRate()).isEqualByComparingTo("5.7");
        assertThat(p.expectedRate()).isEqualByComparingTo("6.00");
        assertThat(p.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(p.colour()).isEqualTo("YELLOW");
    }

    @Test
    void aFasterAverageIsOnTrack() {
        PlanIndicator gdp = indicator(false, Direction.HIGHER, TargetKind.ANNUAL_GROWTH, "6", "1000");
        IndicatorProgress p = gdp.judge(List.of(growth(2026, "6.5")), 2026);
        assertThat(p.actual()).isEqualByComparingTo("1065");
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(p.colour()).isEqualTo("GREEN");
    }

    @Test
    void aBindingReductionBehindItsStraightLinePathIsRed() {
        PlanIndicator energy = indicator(true, Direction.LOWER, TargetKind.CUMULATIVE_CHANGE, "-13.5", "0.5");
        // path 2027: 0.5 × (1 − 0.135 × 2/5) = 0.473; actual 0.48 is above it: behind
        IndicatorProgress p = energy.judge(List.of(value(2026, "0.49"), value(2027, "0.48")), 2027);
        assertThat(energy.targetValue()).isEqualByComparingTo("0.4325");
        assertThat(p.pathValue()).isEqualByComparingTo("0.473");
        assertThat(p.achievedRate()).isEqualByComparingTo("-4.00");
        assertThat(p.expectedRate()).isEqualByComparingTo("-5.40");
        assertThat(p.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(p.colour()).isEqualTo("RED");
    }

    @Test
    void aLevelTargetIsOnTrackAbovePathAndAchievedOnceReachedBeforeTheEnd() {
        PlanIndicator urban = indicator(false, Direction.HIGHER, TargetKind.LEVEL, "72", "68");
        assertThat(urban.pathValue(2027)).isEqualByComparingTo("69.6");
        assertThat(urban.judge(List.of(value(2027, "70.1")), 2027).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(urban.judge(List.of(value(2027, "69.5")), 2027).status()).isEqualTo(ProgressStatus.BEHIND);
        IndicatorProgress early = urban.judge(List.of(value(2027, "70.1"), value(2028, "72.3")), 2029);
        assertThat(early.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(early.actualYear()).isEqualTo(2028);
    }

    @Test
    void theLatestActualUpToTheYearIsJudgedAgainstThePathOfItsOwnYear() {
        PlanIndicator urban = indicator(false, Direction.HIGHER, TargetKind.LEVEL, "72", "68");
        IndicatorProgress p = urban.judge(List.of(value(2026, "68.9"), value(2029, "71.9")), 2028);
        assertThat(p.actualYear()).isEqualTo(2026);
        assertThat(p.pathValue()).isEqualByComparingTo("68.8");
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void withoutActualsThereIsNoStatusAndNoColour() {
        IndicatorProgress p = indicator(true, Direction.HIGHER, TargetKind.LEVEL, "72", "68").judge(List.of(), 2027);
        assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(p.colour()).isNull();
        assertThat(p.actual()).isNull();
    }

    @Test
    void aValueWithoutGrowthResetsAGrowthChainAndAGapBreaksIt() {
        PlanIndicator revenue = indicator(false, Direction.HIGHER, TargetKind.ANNUAL_GROWTH, "5", "100");
        // 2026 value 104, 2027 growth 3% → 107.12; 2028 missing, 2029 growth only: the chain is broken, judged at 2027
        IndicatorProgress p = revenue.judge(List.of(value(2026, "104"), growth(2027, "3"), growth(2029, "9")), 2029);
        assertThat(p.actual()).isEqualByComparingTo("107.12");
        assertThat(p.actualYear()).isEqualTo(2027);
    }

    @Test
    void aLowerIsBetterLevelMeetsItsTargetFromBelow() {
        PlanIndicator unemployment = indicator(false, Direction.LOWER, TargetKind.LEVEL, "5.5", "5.8");
        assertThat(unemployment.judge(List.of(value(2026, "5.4")), 2026).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(unemployment.judge(List.of(value(2026, "5.75")), 2026).status()).isEqualTo(ProgressStatus.BEHIND);
    }
}
