package org.fagai.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 重点项目完成投资 beside the region's 固定资产投资 of the same period: both in 万元 and the projects' share, % (one
 * decimal). The statistics bureau's figure and the projects' own reports come from different sources, so the share can
 * exceed 100%; it is shown, not capped.
 */
public record KeyProjectShare(String period, BigDecimal completed, BigDecimal investment, BigDecimal share) {

    /** The catalogue code of 固定资产投资 (its cumulative value, 1–N月). */
    public static final String FIXED_ASSET_INVESTMENT = "FAI";

    /** The share, when the 固定资产投资 line has a value for exactly the overview's period. */
    public static Optional<KeyProjectShare> of(BigDecimal completedWan, OverviewLine investment, String period) {
        if (completedWan == null || investment == null || investment.value() == null
                || !period.equals(investment.period())) {
            return Optional.empty();
        }
        BigDecimal investmentWan = switch (investment.unitKind()) {
            case YI -> investment.value().multiply(BigDecimal.valueOf(10_000));
            case WAN -> investment.value();
            case YUAN -> investment.value().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
            case PERCENT -> null;
        };
        if (investmentWan == null || investmentWan.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal share = completedWan.multiply(BigDecimal.valueOf(100)).divide(investmentWan, 1, RoundingMode.HALF_UP);
        return Optional.of(new KeyProjectShare(period, completedWan, investmentWan, share));
    }
}
