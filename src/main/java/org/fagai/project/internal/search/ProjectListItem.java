package org.fagai.project.internal.search;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.InvestmentType;

/**
 * One line of the project list: the project in one year's list, with its year-to-date investment through the
 * warning month, the completion of the annual plan, and the warning colour of that month.
 */
public record ProjectListItem(String code, boolean provisionalCode, String name, String ownerUnit, String ownerCreditCode,
                       String regionCode, String regionName, String industryCode, String location, String scaleContent,
                       YearMonth startMonth, YearMonth endMonth, int year, ProjectLevel level, ProjectNature nature,
                       ProjectStage stage, BigDecimal totalInvestment, BigDecimal plannedInvestment, BigDecimal yearToDate,
                       BigDecimal planPercent, WarningColour warning, String warningReasons,
                       InvestmentType investmentType) {
}
