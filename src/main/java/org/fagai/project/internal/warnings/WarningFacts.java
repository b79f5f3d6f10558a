package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.project.ProjectStage;

/** What the warning rules look at for one project at the end of one month. */
public record WarningFacts(ProjectStage stage, YearMonth plannedStart, LocalDate actualStart, LocalDate registeredOn,
                    BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal yearToDate) {
}
