package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.milestones.MilestoneStatus;
import org.fagai.project.internal.stoppages.Stoppage;

/**
 * What the warning rules look at for one project at the end of one month; {@code stopped} is the confirmed stop the
 * works stood in at that month's end (null: none), {@code milestones} its 前期手续 (null: none known).
 */
public record WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                    BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate, Stoppage stopped,
                    MilestoneStatus milestones) {

    /** Facts of a project not stopped, its milestones unknown. */
    public WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                        BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate) {
        this(stage, plannedStart, actualStart, registeredOn, totalInvestment, annualPlan, yearToDate, null, null);
    }

    /** Facts of a project not stopped, with its milestones. */
    public WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                        BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate, MilestoneStatus milestones) {
        this(stage, plannedStart, actualStart, registeredOn, totalInvestment, annualPlan, yearToDate, null, milestones);
    }

    /** Facts of a project standing in a stop, its milestones unknown. */
    public WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                        BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate, Stoppage stopped) {
        this(stage, plannedStart, actualStart, registeredOn, totalInvestment, annualPlan, yearToDate, stopped, null);
    }
}
