package org.fagai.planning.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.ProgressStatus;

/** The evaluation table of a plan at a year: every indicator with its status, grouped, with counts per group and in all. */
record Evaluation(long planId, String planName, int fromYear, int toYear, int year, List<Group> groups, Counts total) {

    record Group(String name, List<IndicatorProgress> indicators, Counts counts) {
    }

    record Counts(int indicators, int binding, int achieved, int onTrack, int behind, int noData, int bindingBehind) {

        static Counts of(List<IndicatorProgress> list) {
            return new Counts(list.size(), (int) list.stream().filter(IndicatorProgress::binding).count(),
                    count(list, ProgressStatus.ACHIEVED), count(list, ProgressStatus.ON_TRACK), count(list, ProgressStatus.BEHIND),
                    count(list, ProgressStatus.NO_DATA),
                    (int) list.stream().filter(p -> p.binding() && p.status() == ProgressStatus.BEHIND).count());
        }

        private static int count(List<IndicatorProgress> list, ProgressStatus status) {
            return (int) list.stream().filter(p -> p.status() == status).count();
        }
    }

    static Evaluation of(PlanView plan, int year, List<IndicatorProgress> progress) {
        Map<String, List<IndicatorProgress>> byGroup = new LinkedHashMap<>();
        for (IndicatorProgress p : progress) {
            byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
        }
        List<Group> groups = byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue(), Counts.of(e.getValue())))
                .toList();
        return new Evaluation(plan.id(), plan.name(), plan.fromYear(), plan.toYear(), year, groups, Counts.of(progress));
    }

    public boolean finalEvaluation() {
        return year >= toYear;
    }
}
