package org.fagai.project.internal.milestones;

import org.fagai.project.internal.registry.InvestmentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the warning rules need of a project's 前期手续: the kinds its investment type requires and the day each recorded
 * one was approved, so the milestones missing at any day can be told.
 */
public record MilestoneStatus(InvestmentType type, List<MilestoneKind> required, Map<MilestoneKind, LocalDate> approvedOn) {

    /** A start this many months ahead (or less) with milestones missing is flagged. */
    public static final int LEAD_MONTHS = 2;

    public MilestoneStatus {
        required = List.copyOf(required);
        approvedOn = Map.copyOf(approvedOn);
    }

    /** The required milestones not approved by the end of {@code day}, in their order. */
    public List<MilestoneKind> missingAt(LocalDate day) {
        return required.stream().filter(k -> approvedOn.get(k) == null || approvedOn.get(k).isAfter(day)).toList();
    }

    /** Whether a planned start is close enough (or past) for missing milestones to count at the end of {@code month}. */
    public static boolean startIsNear(YearMonth plannedStart, YearMonth month) {
        return plannedStart != null && ChronoUnit.MONTHS.between(month, plannedStart) <= LEAD_MONTHS;
    }

    /** The missing ones at the end of the month, when the planned start is near; empty otherwise. */
    public List<MilestoneKind> missingBeforeStart(YearMonth plannedStart, YearMonth month) {
        return startIsNear(plannedStart, month) ? missingAt(month.atEndOfMonth()) : List.of();
    }
}
