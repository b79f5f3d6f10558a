package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.funds.FundChannel;

/**
 * One channel's rules as configured (table {@code funds_channel}): which checks its declarations pass, the balance
 * test's minimum coverage, the cap on special bonds used as project capital, and its declaration rounds.
 *
 * @param minCoverage     income ÷ (principal + interest) a project must reach; null: no balance test
 * @param capitalCapShare the share of the province's bonds of a year that may serve as project capital; null: none may
 * @param roundMonths     declaration rounds: 3 = quarterly (rolling), 12 = once a year
 */
record ChannelRules(FundChannel channel, String name, int sortOrder, boolean countsAsSuperior, boolean requiresProgram,
                    boolean appliesNegativeList, boolean requiresDocuments, BigDecimal minCoverage,
                    BigDecimal capitalCapShare, boolean requiresApprovalDocument, boolean requiresLand, int roundMonths) {

    ChannelRules {
        if (12 % roundMonths != 0 || roundMonths < 1) {
            throw new IllegalArgumentException("申报批次月数应为1、2、3、4、6或12");
        }
        if (minCoverage != null && minCoverage.signum() <= 0) {
            throw new IllegalArgumentException("本息覆盖倍数应大于0");
        }
        if (capitalCapShare != null && (capitalCapShare.signum() < 0 || capitalCapShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("用作资本金的比例上限应在0-1之间");
        }
    }

    /** The round of the year a declaration on this date belongs to: quarterly rounds put May in round 2. */
    int roundOf(LocalDate declaredOn) {
        return (declaredOn.getMonthValue() - 1) / roundMonths + 1;
    }

    boolean allowsCapitalUse() {
        return capitalCapShare != null;
    }

    /** The balance test (收益与融资自求平衡): null when this channel has none or it passes, else the reason. */
    String balanceFailure(Coverage coverage) {
        if (minCoverage == null) {
            return null;
        }
        if (coverage == null) {
            return "未填报项目收益和债券本息，无法进行收益与融资平衡测算（本息覆盖倍数应不低于" + minCoverage.toPlainString() + "）";
        }
        return coverage.reaches(minCoverage) ? null
                : "本息覆盖倍数" + coverage.ratio().toPlainString() + "低于" + minCoverage.toPlainString() + "，项目收益不能覆盖债券本息";
    }

    /** The capital cap, checked with this application counted in: exactly at the cap passes, above it is refused. */
    String capitalCapFailure(CapitalShare share) {
        if (share.withinCap(capitalCapShare)) {
            return null;
        }
        return "用作项目资本金的专项债券将达到本省当年专项债券的" + share.percent().toPlainString() + "%，超过上限"
                + capitalCapShare.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
