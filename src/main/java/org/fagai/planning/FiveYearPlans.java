package org.fagai.planning;

import java.util.List;

/** Five-year plans and their progress, for dashboards. Project owners see none; others the plans of their regions. */
public interface FiveYearPlans {

    List<PlanSummary> plans();

    /** Every indicator of the plan judged at {@code year} (on the latest actual of that year or before). */
    List<IndicatorProgress> progress(long planId, int year);
}
