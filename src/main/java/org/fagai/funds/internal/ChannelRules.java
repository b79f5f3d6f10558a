package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.funds.FundChannel;
import org.fagai.shared.StoredText;

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
            throw new IllegalArgumentException(StoredText.of("funds.error.rules.batchMonths"));
        }
        if (minCoverage != null && minCoverage.signum() <= 0) {
            throw new IllegalArgumentException(StoredText.of("funds.error.rules.coverage"));
        }
        if (capitalCapShare != null && (capitalCapShare.signum() < 0 || capitalCapShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(StoredText.of("funds.error.rules.capitalCap"));
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
            return StoredText.of("funds.error.rule.noCoverage", minCoverage.toPlainString());
        }
        return coverage.reaches(minCoverage) ? null
                : StoredText.of("funds.error.rule.coverageLow", coverage.ratio().toPlainString(), minCoverage.toPlainString());
    }

    /** The capital cap, checked with this application counted in: exactly at the cap passes, above it is refused. */
    String capitalCapFailure(CapitalShare share) {
        if (share.withinCap(capitalCapShare)) {
            return null;
        }
        return StoredText.of("funds.error.rule.capitalCap", share.percent().toPlainString(),
                capitalCapShare.movePointRight(2).stripTrailingZeros().toPlainString());
    }
}
