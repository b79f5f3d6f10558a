package org.fagai.project;

import java.util.List;

/**
 * Monthly progress was reported (form, API or import) for these projects, for months of {@code year} from
 * {@code fromMonth} on: their year-to-date figures and warnings from that month change. A correction that keeps its
 * month's amount changes neither and is not one.
 */
public record ProgressReported(int year, int fromMonth, List<Long> projectIds) {

    public ProgressReported {
        projectIds = List.copyOf(projectIds);
    }
}
