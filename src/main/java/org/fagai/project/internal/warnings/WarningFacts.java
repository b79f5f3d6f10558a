package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.stoppages.Stoppage;

/**
 * What the warning rules look at for one project at the end of one month; {@code stopped} is the confirmed stop the
 * works stood in at that month's end (null: none).
 */
public record WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                    BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate, Stoppage stopped) {

    /** Facts of a project not stopped. */
    public WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                        BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate) {
        this(stage, plannedStart, actualStart, registeredOn, totalInvestment, annualPlan, yearToDate, null);
    }
}
