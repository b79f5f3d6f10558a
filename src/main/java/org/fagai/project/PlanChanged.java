package org.fagai.project;

import java.util.List;

/**
 * These projects' entries in {@code year}'s key-project lists, or the facts the year is judged on (total investment,
 * region, planned start), were created or changed.
 */
public record PlanChanged(int year, List<Long> projectIds) {

    public PlanChanged {
        projectIds = List.copyOf(projectIds);
    }
}
