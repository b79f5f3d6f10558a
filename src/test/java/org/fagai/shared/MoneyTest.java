package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void showsTwentyTwoMillionNineHundredNinetySixThousandSevenHundredWanAs2299point67Yi() {
        Money money = Money.ofWan("22996700");

        assertThat(money.toYi()).isEqualByComparingTo("2299.67").hasScaleOf(2);
        assertThat(money.formatYi()).isEqualTo("2299.67亿元");
    }

    @ParameterizedTest
    @CsvSource({
            "9870000, 987亿元",
            "5000, 0.5亿元",
            "12345, 1.23亿元",
            "12355, 1.24亿元",
            "0, 0亿元",
            "10000000, 1000亿元",
            "-22996700, -2299.67亿元"
    })
    void formatsYiWithUpToTwoDecimalsAndNoTrailingZeros(String wan, String expected) {
        assertThat(Money.ofWan(wan).formatYi()).isEqualTo(expected);
    }

    @Test
    void roundsYiHalfUp() {
        assertThat(Money.ofWan("12345").toYi()).isEqualByComparingTo("1.23");
        assertThat(Money.ofWan("12350").toYi()).isEqualByComparingTo("1.24");
    }

    @ParameterizedTest
    @CsvSource({"1234.56, 1234.56万元", "500, 500万元", "500.50, 500.5万元", "0.00, 0万元"})
    void formatsWanWithUpToTwoDecimalsAndNoTrailingZeros(String wan, String expected) {
        assertThat(Money.ofWan(wan).formatWan()).isEqualTo(expected);
    }

    @Test
    void keepsTheAmountExactAtScaleTwo() {
        assertThat(Money.ofWan("500").wan()).isEqualTo(new BigDecimal("500.00"));
        assertThat(Money.ofWan(new BigDecimal("500.0"))).isEqualTo(Money.ofWan("500"));
        assertThat(Money.ofWan("0.1").plus(Money.ofWan("0.2"))).isEqualTo(Money.ofWan("0.3"));
    }

    @Test
    void rejectsMoreThanTwoDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.ofWan("1.234"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额（万元）最多保留两位小数，实际为1.234");
    }

    @Test
    void acceptsThousandsSeparatorsAndFullWidthDigits() {
        assertThat(Money.ofWan("22,996,700")).isEqualTo(Money.ofWan("22996700"));
        assertThat(Money.ofWan(" １２３４．５６ ")).isEqualTo(Money.ofWan("1234.56"));
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThatThrownBy(() -> Money.ofWan("一百万"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额格式不正确：'一百万'，请输入以万元为单位的数字");
        assertThatThrownBy(() -> Money.ofWan(" ")).hasMessage("金额不能为空");
    }

    @Test
    void addsAndSubtracts() {
        Money plan = Money.ofWan("1000.50");

        assertThat(plan.plus(Money.ofWan("99.50"))).isEqualTo(Money.ofWan("1100"));
        assertThat(plan.minus(Money.ofWan("2000"))).isEqualTo(Money.ofWan("-999.50"));
    }

    @Test
    void multipliesAndRoundsHalfUpToTwoDecimals() {
        assertThat(Money.ofWan("1000").times(new BigDecimal("0.125"))).isEqualTo(Money.ofWan("125"));
        assertThat(Money.ofWan("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.ofWan("0.03"));
    }

    @Test
    void requireNonNegativeRejectsANegativeAmountAndKeepsTheOthers() {
        Money plan = Money.ofWan("500");

        assertThat(plan.requireNonNegative()).isSameAs(plan);
        assertThat(Money.ZERO.requireNonNegative()).isSameAs(Money.ZERO);
        assertThatThrownBy(() -> Money.ofWan("-1").requireNonNegative()).hasMessage("金额不能为负数");
        assertThatThrownBy(() -> Money.ofWan("-1").requireNonNegative("计划总投资")).hasMessage("计划总投资不能为负数");
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.ofWan("500")).isGreaterThan(Money.ofWan("499.99"));
        assertThat(Money.ofWan("500").compareTo(Money.ofWan("500.00"))).isZero();
        assertThat(Money.ofWan("500")).hasToString("500万元");
    }
}
