package org.fagai.project.internal.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * One month of a project's progress with the figures the system computes: year to date, % of the annual plan,
 * since the start (including investment before the platform), % of the total investment.
 */
public record ProgressRow(YearMonth month, int version, BigDecimal completedInvestment, String siteStatus, String problems,
                   String reportedBy, OffsetDateTime reportedAt, BigDecimal yearToDate, BigDecimal annualPlan,
                   BigDecimal planPercent, BigDecimal sinceStart, BigDecimal totalPercent) {
}
