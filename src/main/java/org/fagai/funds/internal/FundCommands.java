package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.funds.FundChannel;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;

/** The commands of the API and the pages (forms bind to them); amounts in 万元, dates default to today. */
final class FundCommands {

    private FundCommands() {
    }

    /**
     * A declaration. For a key project the name, region, owner and total investment come from its record; any other
     * project (with a valid investment project code) states them. {@code costItem} (费用项, default the use) is what
     * the double-funding check compares; {@code draft} keeps it in the reserve (储备) without the checks.
     */
    record Declare(FundChannel channel, @MaxLength(30) String projectCode, @CalendarYear Integer year, BigDecimal amountRequested,
                   @MaxLength(500) String use, @MaxLength(30) String sector, Boolean asCapital, @MaxLength(30) String program,
                   @MaxLength(100) String costItem, @MaxLength(200) String projectName, @MaxLength(9) String regionCode,
                   @MaxLength(200) String ownerUnit, BigDecimal totalInvestment, BigDecimal localMatching,
                   BigDecimal expectedIncome, BigDecimal debtService, @MaxLength(200) String planDocument,
                   @MaxLength(200) String financeDocument, @MaxLength(200) String legalDocument,
                   @MaxLength(200) String landDocument, LocalDate declaredOn, Boolean draft) {
    }

    /** Review by the DRC (发改审核) or finance (财政审核); {@code amount} is the approved amount (default: requested). */
    record Review(@MaxLength(10) String stage, Boolean passed, BigDecimal amount, @MaxLength(2000) String reason, LocalDate on) {
    }

    record Allocate(BigDecimal amount, @MaxLength(200) String document, LocalDate on) {
    }

    record Disburse(BigDecimal amount, LocalDate on) {
    }

    record Step(LocalDate on) {
    }

    /** The month's spending (yyyy-MM) of one application; sending a month again corrects it. */
    record Spending(Long applicationId, @MaxLength(7) String month, BigDecimal amount) {
    }

    /** An administrator's change of a channel's rules. */
    record ChannelChange(Boolean countsAsSuperior, Boolean requiresProgram, Boolean appliesNegativeList,
                         Boolean requiresDocuments, BigDecimal minCoverage, BigDecimal capitalCapShare,
                         Boolean requiresApprovalDocument, Boolean requiresLand, Integer roundMonths) {
    }
}
