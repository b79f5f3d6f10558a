package org.fagai.project.internal.blockers;

import java.time.LocalDate;

/** A blocker as lists show it, with its project and whether it is past its deadline. */
public record BlockerView(long id, String projectCode, String projectName, String regionName, BlockerCategory category,
                   String categoryName, String description, String department, LocalDate raisedOn, LocalDate deadline,
                   BlockerStatus status, String resolution, LocalDate resolvedOn, boolean overdue) {
}
