package org.fagai.indicator;

import java.math.BigDecimal;

/**
 * A district's place for one indicator and period: rank by growth (1 = fastest; ties share a rank).
 * {@code growthEstimated}: the growth is the platform's 测算, not the bureau's.
 */
public record RankingLine(String regionCode, String regionName, BigDecimal value, BigDecimal growth, Integer rank,
                          BigDecimal target, BigDecimal gap, Warning warning,
                          boolean growthEstimated) {
}
