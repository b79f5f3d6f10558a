package org.fagai.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.indicator.Warning;
import org.fagai.shared.Period;
import org.junit.jupiter.api.Test;

class IndicatorMathTest {

    private final IndicatorMath math = new IndicatorMath(IndicatorSettings.defaults());

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void growthIsTheChangeOnLastYearsSamePeriodInPercentWithOneDecimal() {
        // 987 / 753.44 = 1.309991… → 31.0%
        assertThat(IndicatorMath.growth(d("987"), d("753.44"))).isEqualByComparingTo("31.0");
        // 1423 / 1186.82 = 1.199002… → 19.9%
        assertThat(IndicatorMath.growth(d("1423"), d("1186.82"))).isEqualByComparingTo("19.9");
        // 96 / 100 → -4.0%
        assertThat(IndicatorMath.growth(d("96"), d("100"))).isEqualByComparingTo("-4.0");
        // 100.05 / 100 = +0.05% rounds half up to 0.1
        assertThat(IndicatorMath.growth(d("100.05"), d("100"))).isEqualByComparingTo("0.1");
        assertThat(IndicatorMath.growth(d("100.04"), d("100"))).isEqualByComparingTo("0.0");
    }

    @Test
    void thereIsNoGrowthWithoutAPositiveLastYearValue() {
        assertThat(IndicatorMath.growth(d("10"), null)).isNull();
        assertThat(IndicatorMath.growth(d("10"), BigDecimal.ZERO)).isNull();
        assertThat(IndicatorMath.growth(null, d("10"))).isNull();
    }

    @Test
    void theGapIsGrowthMinusTargetInPercentagePoints() {
        assertThat(IndicatorMath.gap(d("7.9"), d("7.5"))).isEqualByComparingTo("0.4");
        assertThat(IndicatorMath.gap(d("18.0"), d("25"))).isEqualByComparingTo("-7.0");
        assertThat(IndicatorMath.gap(null, d("25"))).isNull();
    }

    @Test
    void completionIsValueOverTheAbsoluteTargetAndTimeProgressIsMonthsOverTwelve() {
        assertThat(IndicatorMath.completion(d("384"), d("384"))).isEqualByComparingTo("100.0");
        assertThat(IndicatorMath.completion(d("179.13"), d("384"))).isEqualByComparingTo("46.6");
        assertThat(math.timeProgress(Period.monthly(2023, 6))).isEqualByComparingTo("50.0");
        assertThat(math.timeProgress(Period.monthly(2023, 2))).isEqualByComparingTo("16.7");
        assertThat(math.timeProgress(Period.quarterly(2023, 3))).isEqualByComparingTo("75.0");
        IndicatorMath byDays = new IndicatorMath(new IndicatorSettings(d("2"), d("10"), d("30"), d("2"), true));
        // 2023-06-30 is day 181 of 365 → 49.6%
        assertThat(byDays.timeProgress(Period.monthly(2023, 6))).isEqualByComparingTo("49.6");
    }

    @Test
    void aGrowthAtTargetIsGreenAnyShortfallYellowAndMoreThanTwoPointsBelowRed() {
        assertThat(math.growthWarning(d("0.0"))).isEqualTo(Warning.GREEN);
        assertThat(math.growthWarning(d("0.4"))).isEqualTo(Warning.GREEN);
        assertThat(math.growthWarning(d("-0.1"))).isEqualTo(Warning.YELLOW);
        assertThat(math.growthWarning(d("-2.0"))).isEqualTo(Warning.YELLOW);
        assertThat(math.growthWarning(d("-2.1"))).isEqualTo(Warning.RED);
        assertThat(math.growthWarning(null)).isEqualTo(Warning.NONE);
    }

    @Test
    void completionLessThanTenPointsBehindTimeIsGreenTenToThirtyYellowMoreRed() {
        BigDecimal half = d("50.0");
        assertThat(math.progressWarning(d("50.0"), half)).isEqualTo(Warning.GREEN);
        assertThat(math.progressWarning(d("40.1"), half)).isEqualTo(Warning.GREEN);
        assertThat(math.progressWarning(d("40.0"), half)).isEqualTo(Warning.YELLOW);
        assertThat(math.progressWarning(d("20.0"), half)).isEqualTo(Warning.YELLOW);
        assertThat(math.progressWarning(d("19.9"), half)).isEqualTo(Warning.RED);
        assertThat(math.progressWarning(null, half)).isEqualTo(Warning.NONE);
    }

    @Test
    void theBandsAreConfigurable() {
        IndicatorMath strict = new IndicatorMath(new IndicatorSettings(d("1"), d("5"), d("15"), d("2"), false));
        assertThat(strict.growthWarning(d("-1.1"))).isEqualTo(Warning.RED);
        assertThat(strict.progressWarning(d("45.0"), d("50.0"))).isEqualTo(Warning.YELLOW);
        assertThat(strict.progressWarning(d("34.9"), d("50.0"))).isEqualTo(Warning.RED);
    }

    @Test
    void equalGrowthsShareARankAndTheNextRankIsSkipped() {
        Map<String, BigDecimal> growth = new LinkedHashMap<>();
        growth.put("339902", d("8.1"));
        growth.put("339903", d("9.3"));
        growth.put("339904", d("8.10"));
        growth.put("339905", d("6.4"));
        growth.put("339921", null);
        Map<String, Integer> ranks = IndicatorMath.rank(growth);
        assertThat(ranks).containsEntry("339903", 1).containsEntry("339902", 2).containsEntry("339904", 2)
                .containsEntry("339905", 4).doesNotContainKey("339921");
    }

    @Test
    void aReportedGrowthFarFromTheComputedOneIsFlaggedForALevelComparableIndicator() {
        assertThat(math.growthDiffers(true, d("7.9"), d("7.6"))).isFalse();
        assertThat(math.growthDiffers(true, d("7.9"), d("9.9"))).isFalse();
        assertThat(math.growthDiffers(true, d("7.9"), d("10.0"))).isTrue();
        assertThat(math.growthDiffers(true, null, d("10.0"))).isFalse();
    }

    @Test
    void aComparableBasisGrowthIsNeverFlaggedAgainstTheLevelsHoweverFarApart() {
        assertThat(math.growthDiffers(false, d("7.9"), d("12.0"))).isFalse();
    }

    @Test
    void theReportedGrowthIsShownWheneverThereIsOneAndIsNotAnEstimate() {
        BigDecimal shown = IndicatorMath.shownGrowth(org.fagai.indicator.GrowthSource.COMPUTED, d("11.24"), d("9.0"));
        assertThat(shown).isEqualByComparingTo("11.2");
        assertThat(IndicatorMath.isEstimated(d("11.24"), shown)).isFalse();
    }

    @Test
    void aComputedIndicatorWithoutAReportedGrowthShowsTheComputedOneAsAnEstimate() {
        BigDecimal shown = IndicatorMath.shownGrowth(org.fagai.indicator.GrowthSource.COMPUTED, null, d("11.2"));
        assertThat(shown).isEqualByComparingTo("11.2");
        assertThat(IndicatorMath.isEstimated(null, shown)).isTrue();
    }

    @Test
    void aReportedIndicatorWithoutAReportedGrowthShowsNoneRatherThanOneMadeUpFromLevels() {
        assertThat(IndicatorMath.shownGrowth(org.fagai.indicator.GrowthSource.REPORTED, null, d("31.0"))).isNull();
        assertThat(IndicatorMath.isEstimated(null, null)).isFalse();
    }
}
