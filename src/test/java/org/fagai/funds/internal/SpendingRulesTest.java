package org.fagai.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.fagai.project.WarningColour;
import org.junit.jupiter.api.Test;

class SpendingRulesTest {

    private static final SpendingBands BANDS = SpendingBands.DEFAULTS;
    private static final BigDecimal ALLOCATED = new BigDecimal("1000");

    private static SpendingProgress atEndOfJune(String spent) {
        return SpendingProgress.judge(2024, ALLOCATED, ALLOCATED, new BigDecimal(spent), YearMonth.of(2024, 6), YearMonth.of(2024, 6), BANDS);
    }

    @Test
    void spendingAtTimeProgressIsGreenAndTenPointsBehindIsYellow() {
        assertThat(atEndOfJune("500").colour()).isEqualTo(WarningColour.GREEN);
        assertThat(atEndOfJune("401").colour()).isEqualTo(WarningColour.GREEN);
        SpendingProgress tenBehind = atEndOfJune("400");
        assertThat(tenBehind.timePercent()).isEqualByComparingTo("50.0");
        assertThat(tenBehind.gapPoints()).isEqualByComparingTo("10.0");
        assertThat(tenBehind.colour()).isEqualTo(WarningColour.YELLOW);
    }

    @Test
    void thirtyPointsBehindIsStillYellowAndMoreIsRed() {
        assertThat(atEndOfJune("200").colour()).isEqualTo(WarningColour.YELLOW);
        assertThat(atEndOfJune("199").colour()).isEqualTo(WarningColour.RED);
    }

    @Test
    void afterItsYearFundsAreJudgedAgainstAFullYearAndBeforeItAgainstNothing() {
        SpendingProgress next = SpendingProgress.judge(2024, ALLOCATED, ALLOCATED, new BigDecimal("800"), YearMonth.of(2025, 2),
                YearMonth.of(2025, 2), BANDS);
        assertThat(next.timePercent()).isEqualByComparingTo("100.0");
        assertThat(next.colour()).isEqualTo(WarningColour.YELLOW);
        SpendingProgress early = SpendingProgress.judge(2025, ALLOCATED, ALLOCATED, BigDecimal.ZERO, YearMonth.of(2024, 12),
                YearMonth.of(2024, 12), BANDS);
        assertThat(early.colour()).isEqualTo(WarningColour.GREEN);
    }

    @Test
    void fundsThatReachedTheProjectAndLayUnusedForThreeMonthsAreIdle() {
        BigDecimal spent = new BigDecimal("600");
        assertThat(SpendingProgress.judge(2024, ALLOCATED, ALLOCATED, spent, YearMonth.of(2024, 3), YearMonth.of(2024, 5), BANDS).idle()).isFalse();
        assertThat(SpendingProgress.judge(2024, ALLOCATED, ALLOCATED, spent, YearMonth.of(2024, 3), YearMonth.of(2024, 6), BANDS).idle()).isTrue();
        assertThat(SpendingProgress.judge(2024, ALLOCATED, spent, spent, YearMonth.of(2024, 3), YearMonth.of(2024, 9), BANDS).idle())
                .as("all that arrived is spent").isFalse();
    }

    @Test
    void bandsMustRiseFromYellowToRed() {
        assertThatThrownBy(() -> new SpendingBands(BigDecimal.TEN, BigDecimal.TEN, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBalanceTestComparesExactlyAndTheCapitalCapAllowsItsBoundary() {
        assertThat(Coverage.of(new BigDecimal("110"), new BigDecimal("100")).reaches(new BigDecimal("1.10"))).isTrue();
        assertThat(Coverage.of(new BigDecimal("109.99"), new BigDecimal("100")).reaches(new BigDecimal("1.10"))).isFalse();
        assertThat(Coverage.of(null, new BigDecimal("100"))).isNull();
        BigDecimal cap = new BigDecimal("0.30");
        assertThat(CapitalShare.of(BigDecimal.ZERO, new BigDecimal("700"), new BigDecimal("300"), true).withinCap(cap)).isTrue();
        assertThat(CapitalShare.of(new BigDecimal("300"), new BigDecimal("1000"), new BigDecimal("0.01"), true).withinCap(cap)).isFalse();
        assertThat(CapitalShare.of(new BigDecimal("300"), new BigDecimal("1000"), new BigDecimal("0.01"), true).percent())
                .isEqualByComparingTo("30");
    }

    @Test
    void quarterlyRoundsPutMayInTheSecondRound() {
        ChannelRules quarterly = new ChannelRules(org.fagai.funds.FundChannel.SPECIAL_BOND, "专项债", 1, false, false, true, true,
                new BigDecimal("1.1"), new BigDecimal("0.3"), true, true, 3);
        assertThat(quarterly.roundOf(java.time.LocalDate.of(2024, 5, 20))).isEqualTo(2);
        assertThat(quarterly.roundOf(java.time.LocalDate.of(2024, 12, 31))).isEqualTo(4);
        assertThatThrownBy(() -> new ChannelRules(org.fagai.funds.FundChannel.SPECIAL_BOND, "专项债", 1, false, false, true, true,
                null, null, true, true, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
