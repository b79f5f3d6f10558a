package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.fagai.project.ProjectStage;

/** Everything the project page and {@code GET /api/v1/projects/{code}} show. Money in 万元. */
public record ProjectView(long id, String code, boolean provisionalCode, String name, String ownerUnit, String ownerCreditCode,
                   String department, String leader, String regionCode, String regionName, String industryCode,
                   String industryName, String location, String scaleContent, YearMonth startMonth, YearMonth endMonth,
                   BigDecimal totalInvestment, Funding funding, InvestmentType investmentType, BigDecimal completedBefore, ProjectStage stage,
                   String stageName, LocalDate actualStartDate, boolean registered, LocalDate registeredOn,
                   List<PlanLine> plans, List<ProjectEvent> history) {

    /**
     * This view as the API shows it: the stage's name and the history's sentences in the reader's language
     * ({@code stored} reads a stored sentence, {@code stageNames} names a stage).
     */
    public ProjectView readIn(UnaryOperator<String> stored, Function<ProjectStage, String> stageNames) {
        return new ProjectView(id, code, provisionalCode, name, ownerUnit, ownerCreditCode, department, leader, regionCode, regionName,
                industryCode, industryName, location, scaleContent, startMonth, endMonth, totalInvestment, funding, investmentType,
                completedBefore, stage, stageNames.apply(stage), actualStartDate, registered, registeredOn, plans,
                history.stream().map(e -> e.withDetail(stored.apply(e.detail()))).toList());
    }
}
