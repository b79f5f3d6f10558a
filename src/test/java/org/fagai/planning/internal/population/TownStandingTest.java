package org.fagai.planning.internal.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A town against a ceiling or a reduction target. */
class TownStandingTest {

    private static final BigDecimal YELLOW = BigDecimal.valueOf(98);

    @Test
    void aboveTheCeilingIsRedWithinTwoPercentYellowBelowGreen() {
        assertThat(TownStanding.of(PopulationKind.CEILING, "t", "甲", 100_000, 101_000L, 3, null, YELLOW).colour()).isEqualTo("RED");
        TownStanding close = TownStanding.of(PopulationKind.CEILING, "t", "甲", 100_000, 98_400L, 3, null, YELLOW);
        assertThat(close.colour()).isEqualTo("YELLOW");
        assertThat(close.gap()).isEqualTo(-1_600);
        assertThat(close.ratio()).isEqualByComparingTo("98.4");
        assertThat(TownStanding.of(PopulationKind.CEILING, "t", "甲", 100_000, 97_000L, 3, null, YELLOW).colour()).isEqualTo("GREEN");
        assertThat(TownStanding.of(PopulationKind.CEILING, "t", "甲", 100_000, null, null, null, YELLOW).colour()).isNull();
    }

    @Test
    void aReductionIsMeasuredFromLastYearsEndAgainstTheQuartersElapsed() {
        // to reduce by 2,000 from 50,000; at the end of Q2 half is due
        TownStanding onTime = TownStanding.of(PopulationKind.REDUCTION, "t", "甲", 2_000, 49_000L, 2, 50_000L, YELLOW);
        assertThat(onTime.ratio()).isEqualByComparingTo("50.0");
        assertThat(onTime.colour()).isEqualTo("GREEN");
        assertThat(onTime.gap()).isEqualTo(1_000);
        assertThat(TownStanding.of(PopulationKind.REDUCTION, "t", "甲", 2_000, 49_400L, 2, 50_000L, YELLOW).colour()).isEqualTo("YELLOW");
        assertThat(TownStanding.of(PopulationKind.REDUCTION, "t", "甲", 2_000, 49_900L, 2, 50_000L, YELLOW).colour()).isEqualTo("RED");
        assertThat(TownStanding.of(PopulationKind.REDUCTION, "t", "甲", 2_000, 50_100L, 1, 50_000L, YELLOW).colour()).isEqualTo("RED");
    }
}
