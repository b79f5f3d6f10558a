package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;

/** One year's entry of a project in a key-project list. */
public record PlanLine(int year, ProjectLevel level, ProjectNature nature, BigDecimal plannedInvestment) {
}
