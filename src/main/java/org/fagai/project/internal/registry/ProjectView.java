package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.project.ProjectStage;

/** Everything the project page and {@code GET /api/v1/projects/{code}} show. Money in 万元. */
public record ProjectView(long id, String code, boolean provisionalCode, String name, String ownerUnit, String ownerCreditCode,
                   String department, String leader, String regionCode, String regionName, String industryCode,
                   String industryName, String location, String scaleContent, YearMonth startMonth, YearMonth endMonth,
                   BigDecimal totalInvestment, Funding funding, InvestmentType investmentType, BigDecimal completedBefore, ProjectStage stage,
                   String stageName, LocalDate actualStartDate, boolean registered, LocalDate registeredOn,
                   List<PlanLine> plans, List<ProjectEvent> history) {
}
