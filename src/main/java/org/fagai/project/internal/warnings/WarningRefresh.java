package org.fagai.project.internal.warnings;

import org.fagai.project.PlanChanged;
import org.fagai.project.ProgressReported;
import org.fagai.project.RegisteredForStatistics;
import org.fagai.project.StageChanged;
import org.fagai.project.internal.milestones.MilestoneRequirements;
import org.fagai.project.internal.registry.PlanLine;
import org.fagai.project.internal.registry.PlanStore;
import org.fagai.project.internal.stoppages.StoppageChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The warnings follow the facts they are judged on: a report, a stage change, 入库 or a changed list entry recomputes
 * the project's warnings in the same transaction, so the answer to that change already shows its colour (and the nightly
 * recompute catches what time alone changes).
 */
@Component
class WarningRefresh {

    private final WarningBook warnings;
    private final PlanStore plans;

    WarningRefresh(WarningBook warnings, PlanStore plans) {
        this.warnings = warnings;
        this.plans = plans;
    }

    /** A report changes nothing before its own month. */
    @EventListener
    void on(ProgressReported reported) {
        warnings.refreshReported(reported.projectIds(), reported.year(), reported.fromMonth());
    }

    @EventListener
    void on(PlanChanged changed) {
        if (!changed.warningsJudged()) {
            warnings.refreshProjects(changed.projectIds(), changed.year());
        }
    }

    /** A stage change affects the warnings of its year and of every later listed year. */
    @EventListener
    void on(StageChanged changed) {
        refreshFrom(changed.projectId(), changed.on().getYear());
    }

    /** 入库 likewise. */
    @EventListener
    void on(RegisteredForStatistics registered) {
        refreshFrom(registered.projectId(), registered.on().getYear());
    }

    /** A confirmed stop or its end: the stop's months on. */
    @EventListener
    void on(StoppageChanged changed) {
        refreshFrom(changed.projectId(), changed.since().getYear());
    }

    /** The required 前期手续 changed: this year's warnings are judged anew. */
    @EventListener
    void on(MilestoneRequirements.Changed changed) {
        warnings.refreshYear(warnings.lastClosedMonth().getYear());
    }

    private void refreshFrom(long projectId, int year) {
        plans.plans(projectId).stream().map(PlanLine::year).filter(y -> y >= year).distinct()
                .forEach(y -> warnings.refreshProject(projectId, y));
    }
}
