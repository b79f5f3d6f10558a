package org.fagai.planning.internal.annual;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.indicator.TargetView;
import org.fagai.planning.internal.Downloads;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
class AnnualApiController {

    private final AnnualPlans plans;
    private final SpecialActions actions;
    private final PlanningAccess access;
    private final Clock clock;

    AnnualApiController(AnnualPlans plans, SpecialActions actions, PlanningAccess access, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    /** The annual plan of a region (default: the user's) and year (default: this year). */
    @GetMapping("/annual-plans")
    AnnualPlans.View find(@RequestParam(required = false) @MaxLength(6) String region,
                          @RequestParam(required = false) @CalendarYear Integer year) {
        String r = region == null ? access.reader().regionCode() : region;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return plans.view(plans.find(r, y).orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.noAnnualPlan", r, y))));
    }

    @PostMapping("/annual-plans")
    ResponseEntity<AnnualPlans.PlanRow> create(@Valid @RequestBody AnnualCommands.NewPlan plan) {
        AnnualPlans.PlanRow created = plans.create(plan);
        return ResponseEntity.created(URI.create("/api/v1/annual-plans/" + created.id())).body(created);
    }

    @GetMapping("/annual-plans/{id}")
    AnnualPlans.View get(@PathVariable long id) {
        return plans.view(plans.get(id));
    }

    /** Sets the year's target of an economic-monitoring indicator (stored by economic monitoring). */
    @PutMapping("/annual-plans/{id}/targets")
    TargetView setTarget(@PathVariable long id, @Valid @RequestBody AnnualCommands.MonitoringTarget target) {
        return plans.setMonitoringTarget(id, target);
    }

    @PostMapping("/annual-plans/{id}/other-targets")
    ResponseEntity<TargetLine> addTarget(@PathVariable long id, @Valid @RequestBody AnnualCommands.NewTarget target) {
        return ResponseEntity.status(201).body(plans.addTarget(id, target));
    }

    @PostMapping("/annual-plans/{id}/other-targets/{targetId}/actual")
    TargetLine actual(@PathVariable long id, @PathVariable long targetId, @Valid @RequestBody AnnualCommands.Actual actual) {
        return plans.recordActual(id, targetId, actual);
    }

    @PostMapping("/annual-plans/{id}/tasks")
    ResponseEntity<TaskView> assign(@PathVariable long id, @Valid @RequestBody NewTask task) {
        return ResponseEntity.status(201).body(plans.assignTask(id, task));
    }

    @GetMapping("/annual-plans/{id}/execution-report")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        AnnualPlans.View view = plans.view(plans.get(id));
        return Downloads.docx(ExecutionReport.title(view) + ".docx", ExecutionReport.draft(view));
    }

    @GetMapping("/actions")
    List<SpecialActions.Action> actions(@RequestParam(required = false) @CalendarYear Integer year) {
        return actions.list(year);
    }

    @PostMapping("/actions")
    ResponseEntity<SpecialActions.Action> createAction(@Valid @RequestBody AnnualCommands.NewAction action) {
        SpecialActions.Action created = actions.create(action);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + created.id())).body(created);
    }

    @GetMapping("/actions/{id}")
    SpecialActions.View action(@PathVariable long id) {
        return actions.view(id);
    }

    @PostMapping("/actions/{id}/indicators")
    ResponseEntity<TargetLine> addIndicator(@PathVariable long id, @Valid @RequestBody AnnualCommands.NewTarget indicator) {
        return ResponseEntity.status(201).body(actions.addIndicator(id, indicator));
    }

    @PostMapping("/actions/{id}/indicators/{indicatorId}/actual")
    TargetLine actionActual(@PathVariable long id, @PathVariable long indicatorId, @Valid @RequestBody AnnualCommands.Actual actual) {
        return actions.recordActual(id, indicatorId, actual);
    }

    @PostMapping("/actions/{id}/tasks")
    ResponseEntity<TaskView> assignActionTask(@PathVariable long id, @Valid @RequestBody NewTask task) {
        return ResponseEntity.status(201).body(actions.assignTask(id, task));
    }
}
