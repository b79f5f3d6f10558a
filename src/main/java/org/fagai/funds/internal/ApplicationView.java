package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;

/** An application as lists, pages and the API show it; amounts in 万元. */
record ApplicationView(long id, FundChannel channel, String channelName, String program, String programName, int year,
                       Integer roundNo, String projectCode, boolean keyProject, String projectName, String ownerUnit,
                       String regionCode, String regionName, String sector, String sectorName, String use, String costItem,
                       BigDecimal totalInvestment, BigDecimal requested, BigDecimal localMatching, boolean asCapital,
                       BigDecimal coverage, String planDocument, String financeDocument, String legalDocument,
                       String landDocument, FundState state, LocalDate declaredOn, LocalDate drcPassedOn, LocalDate decidedOn,
                       BigDecimal approvedAmount, String refusalReason, BigDecimal allocatedAmount, LocalDate allocatedOn,
                       String allocationDocument, BigDecimal disbursedAmount, LocalDate disbursedOn, BigDecimal spentAmount,
                       LocalDate completedOn, String spendingColour, BigDecimal spendingGap, boolean idle) {

    /** 支出进度: spent ÷ allocated in %, one decimal; null before allocation. */
    public BigDecimal spendingPercent() {
        return allocatedAmount == null || allocatedAmount.signum() == 0 ? null
                : spentAmount.multiply(BigDecimal.valueOf(100)).divide(allocatedAmount, 1, RoundingMode.HALF_UP);
    }
}
