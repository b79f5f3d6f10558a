package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.milestones.MilestoneStatus;

/** What the warning rules look at for one project at the end of one month ({@code milestones} null: none known). */
public record WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                    BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate, MilestoneStatus milestones) {

    public WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                        BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate) {
        this(stage, plannedStart, actualStart, registeredOn, totalInvestment, annualPlan, yearToDate, null);
    }
}
