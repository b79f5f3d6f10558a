package org.fagai.planning.internal.plan;

import java.util.List;

/** A plan with its indicators in display order (by group, then sequence). */
record PlanView(long id, String name, String regionCode, String regionName, int fromYear, int toYear,
                List<PlanIndicator> indicators) {

    public int baseYear() {
        return fromYear - 1;
    }

    /** The year of the mid-term evaluation (the plan's middle year) and of the final one. */
    public int midTermYear() {
        return fromYear + (toYear - fromYear) / 2;
    }

    public List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }
}
