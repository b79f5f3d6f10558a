package org.fagai.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.fagai.indicator.KeyProjectShare;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.Unit;
import org.fagai.indicator.Warning;
import org.fagai.shared.Money;

/** Figures and sentences as officials write them: 2578亿元, 同比增长7.9%, 低于目标2.1个百分点. */
final class BriefText {

    private BriefText() {
    }

    /** 2023年全年 for December, else 2023年1-N月 (2023年1-2月, 2023年1月). */
    static String period(int year, int month) {
        if (month == 12) {
            return year + "年全年";
        }
        return month == 1 ? year + "年1月" : year + "年1-" + month + "月";
    }

    /**
     * The opening sentence from the indicators marked for the brief, e.g.
     * 地区生产总值2578亿元，同比增长7.9%；固定资产投资完成987亿元，同比增长31%。
     */
    static String summary(List<OverviewLine> lines) {
        List<String> parts = new ArrayList<>();
        for (OverviewLine l : lines) {
            if (!l.inBrief() || !l.hasData()) {
                continue;
            }
            StringBuilder s = new StringBuilder(l.name());
            if (!l.growthOnly() && l.value() != null) {
                s.append(l.briefVerb() == null ? "" : l.briefVerb()).append(amount(l.value(), l.unitKind()));
                if (l.growth() != null) {
                    s.append("，");
                }
            }
            if (l.growth() != null) {
                s.append(growth(l));
            }
            parts.add(s.toString());
        }
        return parts.isEmpty() ? "" : String.join("；", parts) + "。";
    }

    /** 重点项目完成投资312.5亿元，占固定资产投资的31.7%。 (the projects' reports beside the bureau's figure). */
    static String keyProjects(KeyProjectShare share) {
        return "重点项目完成投资" + Money.ofWan(share.completed()).formatYi() + "，占固定资产投资的" + percent(share.share()) + "。";
    }

    /** A line's growth in words, marked （测算） when the platform computed it from levels rather than the bureau reporting it. */
    static String growth(OverviewLine l) {
        return growth(l.growth()) + estimatedMark(l);
    }

    /** （测算） after a growth the platform computed; nothing after a reported one. */
    static String estimatedMark(OverviewLine l) {
        return l.growthEstimated() ? ESTIMATED : "";
    }

    static final String ESTIMATED = "（测算）";

    /** 同比增长7.9% / 同比增长31% / 同比下降3.2% / 与上年同期持平. */
    static String growth(BigDecimal growth) {
        if (growth.signum() == 0) {
            return "与上年同期持平";
        }
        return (growth.signum() > 0 ? "同比增长" : "同比下降") + percent(growth.abs());
    }

    /** One decimal at most, trailing zero dropped: 31%, 7.9%. */
    static String percent(BigDecimal value) {
        return plain(value.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** 2578亿元, 2299.67亿元; 万元 amounts shown in 亿元; 元 as whole yuan. */
    static String amount(BigDecimal value, Unit unit) {
        return switch (unit) {
            case YI -> plain(value.setScale(2, RoundingMode.HALF_UP)) + "亿元";
            case WAN -> Money.ofWan(value.setScale(2, RoundingMode.HALF_UP)).formatYi();
            case YUAN -> plain(value.setScale(0, RoundingMode.HALF_UP)) + "元";
            case PERCENT -> percent(value);
        };
    }

    /** 高于目标0.4个百分点 / 低于目标2.1个百分点 / 与目标持平. */
    static String gap(BigDecimal gap) {
        if (gap.signum() == 0) {
            return "与目标持平";
        }
        return (gap.signum() > 0 ? "高于目标" : "低于目标") + plain(gap.abs().setScale(1, RoundingMode.HALF_UP)) + "个百分点";
    }

    /** One warning line, e.g. 北港区固定资产投资同比增长18%，低于目标25%7个百分点（红色预警）. */
    static String warning(String regionName, OverviewLine l) {
        StringBuilder s = new StringBuilder(regionName).append(l.name());
        if (l.period() != null) {
            s.append("（").append(l.period()).append("）");
        }
        List<String> reasons = new ArrayList<>();
        if (l.growthWarning() == Warning.YELLOW || l.growthWarning() == Warning.RED) {
            reasons.add(growth(l) + "，目标" + percent(l.target()) + "，"
                    + gap(l.growth().subtract(l.target())));
        }
        if (l.progressWarning() == Warning.YELLOW || l.progressWarning() == Warning.RED) {
            reasons.add("完成年度目标" + amount(l.absoluteTarget(), l.unitKind()) + "的" + percent(l.completion())
                    + "，落后序时进度" + plain(l.timeProgress().subtract(l.completion()).setScale(1, RoundingMode.HALF_UP))
                    + "个百分点");
        }
        s.append(String.join("；", reasons));
        s.append(l.warning() == Warning.RED ? "（红色预警）" : "（黄色预警）");
        return s.toString();
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
