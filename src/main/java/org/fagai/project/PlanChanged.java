package org.fagai.project;

import java.util.List;

/**
 * These projects' entries in {@code year}'s key-project lists, or the facts the year is judged on (total investment,
 * region, planned start), were created or changed. {@code warningsJudged}: the writer already stored the year's warnings
 * of these projects (new projects created in bulk, judged from the facts it held), so they need not be judged again.
 */
public record PlanChanged(int year, List<Long> projectIds, boolean warningsJudged) {

    public PlanChanged {
        projectIds = List.copyOf(projectIds);
    }

    /** A change whose warnings are still to be judged. */
    public PlanChanged(int year, List<Long> projectIds) {
        this(year, projectIds, false);
    }
}
