package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The describable facts of a project, validated before they reach the aggregate. */
public record ProjectDetails(String name, String ownerUnit, String ownerCreditCode, String department, String leader,
                      String regionCode, String industryCode, String location, String scaleContent,
                      YearMonth startMonth, YearMonth endMonth, BigDecimal totalInvestment, Funding funding,
                      BigDecimal completedBefore, InvestmentType investmentType) {
}
