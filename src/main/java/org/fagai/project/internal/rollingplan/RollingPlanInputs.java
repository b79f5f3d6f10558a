package org.fagai.project.internal.rollingplan;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** The commands of the rolling plan. */
final class RollingPlanInputs {

    private RollingPlanInputs() {
    }

    /** A library project's planned investment for N, N+1, N+2 (万元). */
    record Amounts(BigDecimal amountY0, BigDecimal amountY1, BigDecimal amountY2) {
    }

    /** Selecting a project into year N's key-project list: the list's level and the project's nature on it. */
    record Selection(@MaxLength(10) String level, @MaxLength(10) String nature) {
    }

    /** Changing the annual plan taken from the rolling plan: the new figure and why. */
    record Adjustment(@MaxLength(10) String level, BigDecimal plannedInvestment, @MaxLength(500) String reason) {
    }
}
