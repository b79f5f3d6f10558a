package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Intensity against GDP at comparable prices, in one place. GDP is stored by economic monitoring as the level at
 * current prices with the real growth the statistics bureau reported; a level at another year's prices is derived from
 * them, never from two current-price levels:
 * <ul>
 *   <li>this year's GDP at last year's prices = last year's level × (1 + reported real growth);</li>
 *   <li>下降率 against last year = 1 − (E ÷ E₀) ÷ (1 + g), in %: 2022 1,000 tce on 100亿元, 2023 1,020 tce with
 *       real growth 5% → 1 − 1.02 ÷ 1.05 = 2.86%;</li>
 *   <li>at base-year prices: last year's same-period level × (1 + g) × the deflator of last year to the base year
 *       (base-year level × Π(1 + full-year growth since) ÷ last year's full-year level);</li>
 *   <li>intensity levels: tce (or t CO₂) ÷ (亿元 × 10,000), per 万元.</li>
 * </ul>
 */
final class Intensities {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    private Intensities() {
    }

    static BigDecimal comparableGdp(BigDecimal lastYearLevel, BigDecimal realGrowth) {
        if (lastYearLevel == null || realGrowth == null) {
            return null;
        }
        return lastYearLevel.multiply(factor(realGrowth), MC);
    }

    /** Per 万元 of GDP (亿元), six decimals. */
    static BigDecimal perWan(BigDecimal amount, BigDecimal gdpYi) {
        if (amount == null || gdpYi == null || gdpYi.signum() <= 0) {
            return null;
        }
        return amount.divide(gdpYi.multiply(WAN_PER_YI), 6, RoundingMode.HALF_UP);
    }

    /** 下降率 against last year in %, two decimals: 1 − (E ÷ E₀) ÷ (1 + g). */
    static BigDecimal decline(BigDecimal energy, BigDecimal lastYearEnergy, BigDecimal realGrowth) {
        if (energy == null || lastYearEnergy == null || realGrowth == null || lastYearEnergy.signum() <= 0) {
            return null;
        }
        BigDecimal ratio = energy.divide(lastYearEnergy, MC).divide(factor(realGrowth), MC);
        return BigDecimal.ONE.subtract(ratio).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * GDP of the period at base-year prices: {@code lastYearSamePeriod × (1 + g) × deflator}, the deflator being 1 when
     * last year is the base year, else base-year level × Π(1 + full-year growth of each year after it up to last year)
     * ÷ last year's full-year level. Null when a link is missing.
     */
    static BigDecimal atBasePrices(BigDecimal lastYearSamePeriod, BigDecimal realGrowth, boolean lastYearIsBase,
                                   BigDecimal baseLevel, List<BigDecimal> fullYearGrowthsSinceBase, BigDecimal lastYearFullLevel) {
        BigDecimal comparable = comparableGdp(lastYearSamePeriod, realGrowth);
        if (comparable == null) {
            return null;
        }
        if (lastYearIsBase) {
            return comparable;
        }
        if (baseLevel == null || lastYearFullLevel == null || lastYearFullLevel.signum() <= 0
                || fullYearGrowthsSinceBase.stream().anyMatch(g -> g == null)) {
            return null;
        }
        BigDecimal chained = baseLevel;
        for (BigDecimal g : fullYearGrowthsSinceBase) {
            chained = chained.multiply(factor(g), MC);
        }
        return comparable.multiply(chained.divide(lastYearFullLevel, MC), MC);
    }

    /** 下降率 against the base year in %: 1 − (E ÷ GDP at base prices) ÷ (E_B ÷ GDP_B). */
    static BigDecimal declineFromBase(BigDecimal energy, BigDecimal gdpAtBasePrices, BigDecimal baseEnergy, BigDecimal baseGdp) {
        if (energy == null || gdpAtBasePrices == null || baseEnergy == null || baseGdp == null || gdpAtBasePrices.signum() <= 0
                || baseEnergy.signum() <= 0 || baseGdp.signum() <= 0) {
            return null;
        }
        BigDecimal now = energy.divide(gdpAtBasePrices, MC);
        BigDecimal base = baseEnergy.divide(baseGdp, MC);
        return BigDecimal.ONE.subtract(now.divide(base, MC)).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** 同比 in %, two decimals. */
    static BigDecimal growth(BigDecimal current, BigDecimal lastYear) {
        if (current == null || lastYear == null || lastYear.signum() <= 0) {
            return null;
        }
        return current.divide(lastYear, MC).subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, MC));
    }
}
