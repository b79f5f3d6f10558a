package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.fagai.indicator.Warning;
import org.junit.jupiter.api.Test;

class IntensitiesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theDeclineAgainstLastYearUsesLastYearsGdpCarriedForwardByTheReportedRealGrowth() {
        // 2022: 1,000 tce on GDP 100亿元; 2023: 1,020 tce, real growth 5% → GDP at 2022 prices 105亿元
        assertThat(Intensities.comparableGdp(d("100"), d("5"))).isEqualByComparingTo("105");
        assertThat(Intensities.decline(d("1020"), d("1000"), d("5"))).isEqualByComparingTo("2.86");
        // the current-price level of 2023 (say 108亿元, prices up) is not what the decline uses
        assertThat(Intensities.perWan(d("1020"), d("108"))).isEqualByComparingTo("0.000944");
        assertThat(Intensities.perWan(d("1000"), d("100"))).isEqualByComparingTo("0.001");
    }

    @Test
    void energyGrowingFasterThanGdpIsANegativeDecline() {
        assertThat(Intensities.decline(d("1100"), d("1000"), d("5"))).isEqualByComparingTo("-4.76");
    }

    @Test
    void theDeclineFromTheBaseYearChainsTheFullYearGrowthsSinceTheBaseYear() {
        // base 2020: 900 tce on 90亿元 (0.001 tce/万元). 2021 +8%, 2022 +5% → 2022 at 2020 prices = 90 × 1.08 × 1.05 = 102.06
        // stored 2022 level 110亿元 (current prices) → deflator 102.06 / 110. 2023 same period: 2022 level 110, growth 4%:
        // at 2020 prices 110 × 1.04 × 102.06 / 110 = 106.1424; energy 1,000 tce → 1 − (1000/106.1424) / (900/90) = 5.79%
        BigDecimal atBase = Intensities.atBasePrices(d("110"), d("4"), false, d("90"), List.of(d("8"), d("5")), d("110"));
        assertThat(atBase).isEqualByComparingTo("106.1424");
        assertThat(Intensities.declineFromBase(d("1000"), atBase, d("900"), d("90"))).isEqualByComparingTo("5.79");
        // last year being the base year: no deflator
        assertThat(Intensities.atBasePrices(d("90"), d("8"), true, d("90"), List.of(), null)).isEqualByComparingTo("97.2");
        // a missing growth in the chain leaves it empty
        assertThat(Intensities.atBasePrices(d("110"), d("4"), false, d("90"), Arrays.asList(d("8"), null), d("110"))).isNull();
    }

    @Test
    void declinesAgainstTheirTargetFollowTheEconomicMonitoringBands() {
        EnergySettings bands = EnergySettings.defaults();
        assertThat(bands.declineWarning(d("3.0"), d("3.0"))).isEqualTo(Warning.GREEN);
        assertThat(bands.declineWarning(d("1.0"), d("3.0"))).isEqualTo(Warning.YELLOW);
        assertThat(bands.declineWarning(d("0.9"), d("3.0"))).isEqualTo(Warning.RED);
        assertThat(bands.declineWarning(null, d("3.0"))).isEqualTo(Warning.NONE);
    }

    @Test
    void aCapUsedAheadOfTimeProgressIsYellowFromTenPointsAndRedBeyondThirtyOrOverTheCap() {
        EnergySettings bands = EnergySettings.defaults();
        assertThat(bands.capWarning(d("59.9"), d("50"))).isEqualTo(Warning.GREEN);
        assertThat(bands.capWarning(d("60"), d("50"))).isEqualTo(Warning.YELLOW);
        assertThat(bands.capWarning(d("80"), d("50"))).isEqualTo(Warning.YELLOW);
        assertThat(bands.capWarning(d("80.1"), d("50"))).isEqualTo(Warning.RED);
        assertThat(bands.capWarning(d("100.1"), d("100"))).isEqualTo(Warning.RED);
        assertThat(bands.behindWarning(d("40"), d("50"))).isEqualTo(Warning.YELLOW);
    }

    @Test
    void tiesShareARankAndEmptyFiguresAreUnranked() {
        assertThat(RegionAccounts.ranks(Arrays.asList(d("3.1"), d("4.0"), null, d("3.1"), d("1")))).containsExactly(2, 1, null, 2, 4);
    }

    @Test
    void aMonthOfTenTimesThePreviousOneIsFlagged() {
        assertThat(ReportChecks.spike(d("100"), d("1000"))).isTrue();
        assertThat(ReportChecks.spike(d("100"), d("999.99"))).isFalse();
        assertThat(ReportChecks.spike(null, d("1000"))).isFalse();
        assertThat(ReportChecks.spike(BigDecimal.ZERO, d("1000"))).isFalse();
        assertThat(ReportChecks.previousMissing(false, true)).isTrue();
        assertThat(ReportChecks.previousMissing(false, false)).isFalse();
    }
}
