package org.fagai.project.internal.milestones;

import org.fagai.project.internal.registry.InvestmentType;
import java.time.YearMonth;
import java.util.List;

/**
 * A project's 前期手续 as its page shows them: every kind in order, whether its investment type requires it, and its
 * state; {@code warning} when the planned start is near (or past) and required ones are missing.
 */
public record MilestoneChain(String projectCode, InvestmentType type, YearMonth plannedStart, boolean started,
                             List<Step> steps, List<String> missing, boolean warning) {

    public enum State { DONE, MISSING, OVERDUE, OPTIONAL }

    public record Step(MilestoneKind kind, boolean required, State state, MilestoneView milestone) {

        public String stateKey() {
            return "project.milestone.state." + state.name();
        }
    }

    static MilestoneChain of(String code, MilestoneStatus status, List<MilestoneView> recorded, YearMonth plannedStart,
                             boolean started, YearMonth now) {
        boolean due = started || (plannedStart != null && !now.isBefore(plannedStart));
        List<Step> steps = java.util.Arrays.stream(MilestoneKind.values()).map(kind -> {
            MilestoneView m = recorded.stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
            boolean required = status.required().contains(kind);
            State state = m != null ? State.DONE : !required ? State.OPTIONAL : due ? State.OVERDUE : State.MISSING;
            return new Step(kind, required, state, m);
        }).toList();
        List<MilestoneKind> missing = status.missingAt(now.atEndOfMonth());
        boolean warning = !started && !status.missingBeforeStart(plannedStart, now).isEmpty();
        return new MilestoneChain(code, status.type(), plannedStart, started, steps,
                missing.stream().map(MilestoneKind::chinese).toList(), warning);
    }
}
