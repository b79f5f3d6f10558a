package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.fagai.energy.RegionEnergy;

/**
 * The energy part of the monthly brief as officials write it: totals in 万吨标准煤 (which rule each follows), CO₂ in 万吨,
 * the intensity declines at comparable prices against the annual target, and the enterprises that drive the change.
 */
final class BriefParagraph {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private BriefParagraph() {
    }

    static String of(RegionEnergy e) {
        StringBuilder s = new StringBuilder();
        s.append(e.periodLabel()).append("，").append(e.regionName()).append("重点用能单位").append(e.current().enterprises())
                .append("家综合能源消费量（当量值）").append(wan(e.current().tce())).append("万吨标准煤；扣除原料用能和非化石能源后，纳入总量控制的能耗")
                .append(wan(e.current().tceControlled())).append("万吨标准煤");
        if (e.growth() != null) {
            s.append("，").append(change(e.growth(), "同比增长", "同比下降", "与上年同期持平"));
        }
        s.append("；二氧化碳排放").append(wan(e.current().co2())).append("万吨。");
        RegionEnergy.Intensity i = e.intensity();
        if (i != null && i.decline() != null) {
            s.append("按可比价计算，").append(i.periodLabel()).append("万元地区生产总值能耗").append(decline(i.decline()));
            RegionEnergy.AnnualTarget t = e.annualTarget();
            if (t != null && t.intensityDecline() != null) {
                s.append("（年度目标下降").append(percent(t.intensityDecline())).append("，")
                        .append(t.gap().signum() >= 0 ? "完成目标" : "低于目标" + points(t.gap().negate()) + "个百分点").append("）");
            }
            if (i.co2Decline() != null) {
                s.append("，万元地区生产总值二氧化碳排放").append(decline(i.co2Decline()));
            }
            s.append("。");
        }
        List<RegionEnergy.Contributor> up = e.increases();
        if (!up.isEmpty()) {
            s.append("能耗增量较大的企业：");
            for (int k = 0; k < Math.min(3, up.size()); k++) {
                RegionEnergy.Contributor c = up.get(k);
                s.append(k > 0 ? "、" : "").append(c.name()).append("（增加").append(whole(c.change())).append("吨标准煤）");
            }
            s.append("。");
        }
        return s.toString();
    }

    private static String decline(BigDecimal decline) {
        return change(decline, "同比下降", "同比上升", "与上年同期持平");
    }

    /** "同比增长3.2%" / "同比下降1.5%" / "…持平" by the sign. */
    private static String change(BigDecimal value, String positive, String negative, String flat) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return flat;
        }
        return (rounded.signum() > 0 ? positive : negative) + percent(rounded.abs());
    }

    private static String percent(BigDecimal value) {
        return points(value) + "%";
    }

    private static String points(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String wan(BigDecimal tonnes) {
        return tonnes.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String whole(BigDecimal value) {
        return String.format("%,d", value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
