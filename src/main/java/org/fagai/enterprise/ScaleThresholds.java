package org.fagai.enterprise;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The statistics size thresholds on 主营业务收入 (万元), one rule each: 规上工业 (采矿业 B 06–12, 制造业 C 13–43,
 * 电力热力燃气及水 D 44–46) ≥ 2,000; 限上 批发 (51) ≥ 2,000, 零售 (52) ≥ 500, 住宿 (61) and 餐饮 (62) ≥ 200.
 * The industry is a GB/T 4754 division or class code (its first two digits decide).
 */
public record ScaleThresholds(BigDecimal industry, BigDecimal wholesale, BigDecimal retail, BigDecimal accommodationCatering) {

    public static final ScaleThresholds STATISTICS = new ScaleThresholds(new BigDecimal("2000"), new BigDecimal("2000"),
            new BigDecimal("500"), new BigDecimal("200"));

    /** The scale flag an enterprise of this industry with this revenue carries, if any. */
    public Optional<EnterpriseFlag> flagFor(String industryCode, BigDecimal revenue) {
        if (industryCode == null || industryCode.length() < 2 || revenue == null
                || !Character.isDigit(industryCode.charAt(0)) || !Character.isDigit(industryCode.charAt(1))) {
            return Optional.empty();
        }
        int division = Integer.parseInt(industryCode.substring(0, 2));
        if (division >= 6 && division <= 46) {
            return at(revenue, industry, EnterpriseFlag.ABOVE_SCALE_INDUSTRY);
        }
        return switch (division) {
            case 51 -> at(revenue, wholesale, EnterpriseFlag.ABOVE_QUOTA_TRADE);
            case 52 -> at(revenue, retail, EnterpriseFlag.ABOVE_QUOTA_TRADE);
            case 61, 62 -> at(revenue, accommodationCatering, EnterpriseFlag.ABOVE_QUOTA_TRADE);
            default -> Optional.empty();
        };
    }

    private static Optional<EnterpriseFlag> at(BigDecimal revenue, BigDecimal threshold, EnterpriseFlag flag) {
        return revenue.compareTo(threshold) >= 0 ? Optional.of(flag) : Optional.empty();
    }
}
