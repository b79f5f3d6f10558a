package org.fagai.planning.internal.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 环比 thresholds (±5% yellow, ±10% red by default), outliers at one point, and the 猪粮比 bands. */
class PriceRulesTest {

    private final Thresholds defaults = new Thresholds(BigDecimal.valueOf(5), BigDecimal.TEN);

    @Test
    void aChangeIsMeasuredWithOneDecimalAsPublished() {
        assertThat(PriceChange.percent(new BigDecimal("10.50"), new BigDecimal("10.00"))).isEqualByComparingTo("5.0");
        assertThat(PriceChange.percent(new BigDecimal("11.10"), new BigDecimal("11.60"))).isEqualByComparingTo("-4.3");
        assertThat(PriceChange.percent(new BigDecimal("10"), null)).isNull();
    }

    @Test
    void fivePercentEitherWayIsYellowAndTenIsRed() {
        assertThat(defaults.colour(new BigDecimal("4.9"))).isEqualTo("GREEN");
        assertThat(defaults.colour(new BigDecimal("5.0"))).isEqualTo("YELLOW");
        assertThat(defaults.colour(new BigDecimal("-5.0"))).isEqualTo("YELLOW");
        assertThat(defaults.colour(new BigDecimal("9.9"))).isEqualTo("YELLOW");
        assertThat(defaults.colour(new BigDecimal("10.0"))).isEqualTo("RED");
        assertThat(defaults.colour(new BigDecimal("-12.3"))).isEqualTo("RED");
        assertThat(defaults.colour(null)).isNull();
    }

    @Test
    void aGoodsOwnThresholdsReplaceTheDefaults() {
        Thresholds vegetables = defaults.orOwn(BigDecimal.TEN, BigDecimal.valueOf(20));
        assertThat(vegetables.colour(new BigDecimal("8"))).isEqualTo("GREEN");
        assertThat(vegetables.colour(new BigDecimal("15"))).isEqualTo("YELLOW");
        assertThat(defaults.orOwn(null, null)).isEqualTo(defaults);
    }

    @Test
    void aPriceMoreThanThirtyPercentFromTheMedianIsAnOutlier() {
        BigDecimal median = new BigDecimal("10.20");
        assertThat(PriceChange.outlier(new BigDecimal("15.00"), median, BigDecimal.valueOf(30))).isTrue();
        assertThat(PriceChange.outlier(new BigDecimal("13.20"), median, BigDecimal.valueOf(30))).isFalse();
        assertThat(PriceChange.outlier(new BigDecimal("7.00"), median, BigDecimal.valueOf(30))).isTrue();
        assertThat(PriceMonitoring.median(java.util.List.of(new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("10.2"))))
                .isEqualByComparingTo("10.2");
    }

    @Test
    void theHogGrainRatioFallsInTheBandsOfThe2021Plan() {
        assertThat(HogGrainBands.ratio(new BigDecimal("14.60"), new BigDecimal("2.36"))).isEqualByComparingTo("6.19");
        assertThat(HogGrainBands.band(HogGrainBands.DEFAULT, new BigDecimal("4.96")).label()).isEqualTo("过度下跌一级预警");
        assertThat(HogGrainBands.band(HogGrainBands.DEFAULT, new BigDecimal("5.57")).colour()).isEqualTo("YELLOW");
        assertThat(HogGrainBands.band(HogGrainBands.DEFAULT, new BigDecimal("6.19")).colour()).isEqualTo("GREEN");
        assertThat(HogGrainBands.band(HogGrainBands.DEFAULT, new BigDecimal("12")).label()).isEqualTo("过度上涨一级预警");
    }
}
