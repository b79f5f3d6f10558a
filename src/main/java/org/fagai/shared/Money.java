package org.fagai.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in 万元 (10,000 yuan), exact to two decimals — never floating point.
 * Reports show 亿元: {@code Money.ofWan("22996700").formatYi()} is "2299.67亿元".
 */
public record Money(BigDecimal wan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final int SCALE = 2;
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    /** Keeps the amount at scale 2; more than two significant decimals are rejected, not rounded. */
    public Money {
        Objects.requireNonNull(wan, "金额不能为空");
        try {
            wan = wan.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.money.decimals", wan.toPlainString()));
        }
    }

    public static Money ofWan(BigDecimal wan) {
        return new Money(wan);
    }

    /** Parses an amount in 万元, e.g. "1234.56" or "22,996,700"; full-width digits are accepted. */
    public static Money ofWan(String wan) {
        if (CodeText.isBlank(wan)) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.money.blank"));
        }
        String text = CodeText.toHalfWidth(wan).strip().replace(",", "");
        try {
            return new Money(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.money.format", wan.strip()));
        }
    }

    /** This amount, or an exception when it is negative. */
    public Money requireNonNegative() {
        return requireNonNegative(ReaderText.of("shared.error.money.amount"));
    }

    /** This amount, or an exception naming the field (its label in the reader's language), e.g. "计划总投资不能为负数". */
    public Money requireNonNegative(String what) {
        if (isNegative()) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.money.negative", what));
        }
        return this;
    }

    public boolean isNegative() {
        return wan.signum() < 0;
    }

    public Money plus(Money other) {
        return new Money(wan.add(other.wan));
    }

    public Money minus(Money other) {
        return new Money(wan.subtract(other.wan));
    }

    /** Multiplied by a factor (e.g. a share), rounded HALF_UP to two decimals. */
    public Money times(BigDecimal factor) {
        return new Money(wan.multiply(factor).setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** The amount in 亿元 (万元 / 10000), rounded HALF_UP to two decimals. */
    public BigDecimal toYi() {
        return wan.divide(WAN_PER_YI, SCALE, RoundingMode.HALF_UP);
    }

    /** E.g. "2299.67亿元", "987亿元", "0.5亿元": up to two decimals, trailing zeros dropped. */
    public String formatYi() {
        return yiNumber() + "亿元";
    }

    /** The figure of {@link #formatYi} without its unit, for a text whose unit comes from the message bundles. */
    public String yiNumber() {
        return plain(toYi());
    }

    /** E.g. "1234.56万元", "500万元": up to two decimals, trailing zeros dropped. */
    public String formatWan() {
        return plain(wan) + "万元";
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return wan.compareTo(other.wan);
    }

    @Override
    public String toString() {
        return formatWan();
    }
}
