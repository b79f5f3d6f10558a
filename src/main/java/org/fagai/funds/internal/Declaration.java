package org.fagai.funds.internal;

import java.math.BigDecimal;
import org.fagai.funds.FundChannel;

/** What an application declares: the project, the channel and 专项, the use and cost item, the amounts and documents. */
record Declaration(FundChannel channel, String program, int year, String projectCode, boolean keyProject, String projectName,
                   String ownerUnit, String ownerCreditCode, String regionCode, String sector, String use, String costItem,
                   BigDecimal totalInvestment, BigDecimal requested, BigDecimal localMatching, boolean asCapital,
                   BigDecimal expectedIncome, BigDecimal debtService, String planDocument, String financeDocument,
                   String legalDocument, String landDocument) {

    /** The cost item as compared for double funding: spaces and case do not make two costs different. */
    String costKey() {
        return costItem.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    Coverage coverage() {
        return Coverage.of(expectedIncome, debtService);
    }
}
