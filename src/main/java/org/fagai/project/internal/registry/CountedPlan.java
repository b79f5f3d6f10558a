package org.fagai.project.internal.registry;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.fagai.project.ProjectLevel;

/**
 * Which plan counts when a project is on several lists in one year: the highest government's — province, then city, then
 * district ({@link ProjectLevel}'s order). Progress is measured against it and warnings are judged on it.
 */
public final class CountedPlan {

    /** {@code ORDER BY} this to have a project's list entries of one year with the one that counts first. */
    static final String PRECEDENCE = precedence("level");

    private CountedPlan() {
    }

    /**
     * A scalar subquery for the planned investment that counts for the project and year given as SQL expressions (a
     * column, or {@code ?}); null when the project is not listed that year.
     */
    public static String plannedInvestment(String projectId, String year) {
        return "(SELECT cp.planned_investment FROM project_plan cp WHERE cp.project_id = " + projectId + " AND cp.year = " + year
                + " ORDER BY " + precedence("cp.level") + " LIMIT 1)";
    }

    /** {@code ORDER BY} this (the level as an SQL expression) to have the entry that counts first. */
    public static String precedence(String levelColumn) {
        return Arrays.stream(ProjectLevel.values()).map(level -> "WHEN '" + level.name() + "' THEN " + level.ordinal())
                .collect(Collectors.joining(" ", "CASE " + levelColumn + " ", " END"));
    }
}
