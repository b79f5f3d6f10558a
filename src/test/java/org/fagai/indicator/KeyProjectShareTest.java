package org.fagai.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KeyProjectShareTest {

    private static OverviewLine investment(String value, Unit unit, String period) {
        return new OverviewLine("FAI", "固定资产投资", unit.label(), period, value == null ? null : new BigDecimal(value),
                null, null, null, Warning.NONE, null, null, null, null, null, null, Warning.NONE, Warning.NONE, false, unit,
                false, true, "完成", false);
    }

    @Test
    void projectsOf3125000WanAgainst987YiAreAShareOf31point7Percent() {
        KeyProjectShare share = KeyProjectShare.of(new BigDecimal("3125000"), investment("987", Unit.YI, "2023年全年"),
                "2023年全年").orElseThrow();
        assertThat(share.investment()).isEqualByComparingTo("9870000");
        assertThat(share.share()).isEqualByComparingTo("31.7");
    }

    @Test
    void anInvestmentIn10000WanIsTakenAsItIs() {
        assertThat(KeyProjectShare.of(new BigDecimal("2500"), investment("10000", Unit.WAN, "2023年1-6月"), "2023年1-6月")
                .orElseThrow().share()).isEqualByComparingTo("25.0");
    }

    @Test
    void anotherPeriodNoValueOrAZeroInvestmentGiveNoShare() {
        BigDecimal projects = new BigDecimal("100");
        assertThat(KeyProjectShare.of(projects, investment("987", Unit.YI, "2023年1-11月"), "2023年全年")).isEmpty();
        assertThat(KeyProjectShare.of(projects, investment(null, Unit.YI, null), "2023年全年")).isEmpty();
        assertThat(KeyProjectShare.of(projects, investment("0", Unit.YI, "2023年全年"), "2023年全年")).isEmpty();
        assertThat(KeyProjectShare.of(null, investment("987", Unit.YI, "2023年全年"), "2023年全年")).isEmpty();
    }
}
