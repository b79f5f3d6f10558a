package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.fagai.energy.ReviewClass;

/**
 * The configurable rules of reviews, checks and assessments, each in one place:
 * <ul>
 *   <li>节能审查 class (国家发展改革委令2023年第2号): ≥ {@code provinceTce} a year → the province; below {@code exemptTce}
 *       and below {@code exemptWanKwh} of electricity → no separate review; otherwise the local authority;</li>
 *   <li>the opinion lapses {@code validityYears} after it is issued unless the project has started before that day, with a
 *       warning {@code lapseWarningDays} ahead;</li>
 *   <li>an on-site check's difference is flagged above {@code checkTolerance} % of the reported figure;</li>
 *   <li>a weighted score grades 超额完成 / 完成 / 基本完成 / 未完成 at the three lower bounds.</li>
 * </ul>
 */
record EnergyRules(BigDecimal provinceTce, BigDecimal exemptTce, BigDecimal exemptWanKwh, int validityYears, int lapseWarningDays,
                   BigDecimal checkTolerance, BigDecimal gradeExceeded, BigDecimal gradeCompleted, BigDecimal gradeBasic) {

    static final EnergyRules DEFAULTS = new EnergyRules(new BigDecimal("10000"), new BigDecimal("1000"), new BigDecimal("500"), 2, 90,
            new BigDecimal("5"), new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("60"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    ReviewClass classify(BigDecimal annualTce, BigDecimal annualWanKwh) {
        if (annualTce.compareTo(provinceTce) >= 0) {
            return ReviewClass.PROVINCE;
        }
        if (annualTce.compareTo(exemptTce) < 0 && annualWanKwh.compareTo(exemptWanKwh) < 0) {
            return ReviewClass.NONE;
        }
        return ReviewClass.LOCAL;
    }

    /** What is wrong with filing an application locally for a project of this class, in Chinese; null when nothing. */
    static String filingFlag(ReviewClass reviewClass) {
        return switch (reviewClass) {
            case NONE -> "年综合能耗不足1000吨标准煤且年电力消费量不足500万千瓦时，不再单独进行节能审查，按节能标准建设即可";
            case PROVINCE -> "年综合能耗1万吨标准煤及以上，应由省级节能审查机关审查";
            case LOCAL -> null;
        };
    }

    /** The day an opinion issued on {@code opinionOn} lapses for a project not started before it. */
    LocalDate lapsesOn(LocalDate opinionOn) {
        return opinionOn.plusYears(validityYears);
    }

    /** Whether the opinion has lapsed on {@code today}: no start before the lapse day. */
    static boolean lapsed(LocalDate lapsesOn, LocalDate startedOn, LocalDate today) {
        return lapsesOn != null && !today.isBefore(lapsesOn) && (startedOn == null || !startedOn.isBefore(lapsesOn));
    }

    /** Whether the lapse is near: not started, within the warning days before the lapse day. */
    boolean lapsing(LocalDate lapsesOn, LocalDate startedOn, LocalDate today) {
        return lapsesOn != null && startedOn == null && today.isBefore(lapsesOn) && !today.isBefore(lapsesOn.minusDays(lapseWarningDays));
    }

    /** The difference of a checked figure from the reported one, in % of the reported (one decimal ×100); null when nothing was reported. */
    static BigDecimal difference(BigDecimal reported, BigDecimal checked) {
        if (reported.signum() == 0) {
            return checked.signum() == 0 ? BigDecimal.ZERO.setScale(2) : null;
        }
        return checked.subtract(reported).multiply(HUNDRED).divide(reported, 2, RoundingMode.HALF_UP);
    }

    /** Above the tolerance either way; something found where nothing was reported is always flagged. */
    boolean flagged(BigDecimal difference) {
        return difference == null || difference.abs().compareTo(checkTolerance) > 0;
    }

    /** 超额完成 / 完成 / 基本完成 / 未完成 for a weighted score. */
    Grade grade(BigDecimal score) {
        if (score.compareTo(gradeExceeded) >= 0) {
            return Grade.EXCEEDED;
        }
        if (score.compareTo(gradeCompleted) >= 0) {
            return Grade.COMPLETED;
        }
        return score.compareTo(gradeBasic) >= 0 ? Grade.BASIC : Grade.FAILED;
    }

    enum Grade {
        EXCEEDED("超额完成"), COMPLETED("完成"), BASIC("基本完成"), FAILED("未完成");

        final String chinese;

        Grade(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        public String labelKey() {
            return "energy.grade." + name();
        }
    }
}
