package org.fagai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fagai.indicator.Unit;
import org.junit.jupiter.api.Test;

class BriefTextTest {

    @Test
    void figuresAreWrittenAsOfficialsWriteThem() {
        assertThat(BriefText.amount(new BigDecimal("2578.0000"), Unit.YI)).isEqualTo("2578亿元");
        assertThat(BriefText.amount(new BigDecimal("2299.6712"), Unit.YI)).isEqualTo("2299.67亿元");
        assertThat(BriefText.amount(new BigDecimal("22996700"), Unit.WAN)).isEqualTo("2299.67亿元");
        assertThat(BriefText.amount(new BigDecimal("42360.4"), Unit.YUAN)).isEqualTo("42360元");
        assertThat(BriefText.growth(new BigDecimal("31.0"))).isEqualTo("同比增长31%");
        assertThat(BriefText.growth(new BigDecimal("-3.25"))).isEqualTo("同比下降3.3%");
        assertThat(BriefText.growth(BigDecimal.ZERO)).isEqualTo("与上年同期持平");
        assertThat(BriefText.gap(new BigDecimal("-2.1"))).isEqualTo("低于目标2.1个百分点");
        assertThat(BriefText.gap(new BigDecimal("0.4"))).isEqualTo("高于目标0.4个百分点");
    }

    @Test
    void theBriefsPeriodIsTheWholeYearInDecember() {
        assertThat(BriefText.period(2023, 12)).isEqualTo("2023年全年");
        assertThat(BriefText.period(2023, 2)).isEqualTo("2023年1-2月");
        assertThat(BriefText.period(2023, 1)).isEqualTo("2023年1月");
    }
}
