package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The 猪粮比 (live hog price ÷ corn price) warning bands. The defaults follow the 2021《完善政府猪肉储备调节机制 做好猪肉市场
 * 保供稳价工作预案》: below 5:1 过度下跌一级预警, below 6:1 三级预警 (二级 after three weeks in 5–6, left to the officer),
 * 6–9 normal; the upper bands mirror them. A commission replaces them with its own ({@code fagai.planning.price.hog-grain-bands}).
 */
final class HogGrainBands {

    /** A ratio below {@code below} (null: any ratio) is in this band. */
    record Band(BigDecimal below, String colour, String label) {
    }

    static final List<Band> DEFAULT = List.of(
            new Band(BigDecimal.valueOf(5), "RED", "过度下跌一级预警"),
            new Band(BigDecimal.valueOf(6), "YELLOW", "过度下跌三级预警"),
            new Band(BigDecimal.valueOf(9), "GREEN", "正常区间"),
            new Band(BigDecimal.valueOf(10), "YELLOW", "过度上涨三级预警"),
            new Band(null, "RED", "过度上涨一级预警"));

    private HogGrainBands() {
    }

    static BigDecimal ratio(BigDecimal hog, BigDecimal grain) {
        return hog.divide(grain, 2, RoundingMode.HALF_UP);
    }

    static Band band(List<Band> bands, BigDecimal ratio) {
        for (Band band : bands) {
            if (band.below() == null || ratio.compareTo(band.below()) < 0) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
