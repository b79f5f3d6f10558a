package org.fagai.planning.internal.plan;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.PlanSummary;
import org.fagai.planning.internal.Downloads;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/plans")
class PlanApiController {

    private final Plans plans;
    private final Clock clock;

    PlanApiController(Plans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping
    List<PlanSummary> list() {
        return plans.plans();
    }

    @PostMapping
    ResponseEntity<PlanSummary> create(@Valid @RequestBody PlanCommands.NewPlan plan) {
        PlanSummary created = plans.create(plan);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    PlanView plan(@PathVariable long id) {
        return plans.plan(id);
    }

    @PostMapping("/{id}/indicators")
    ResponseEntity<PlanIndicator> addIndicator(@PathVariable long id, @Valid @RequestBody PlanCommands.NewIndicator indicator) {
        return ResponseEntity.status(201).body(plans.addIndicator(id, indicator));
    }

    /** Records one yearly actual; answers the indicator's progress at that year. */
    @PostMapping("/{id}/actuals")
    IndicatorProgress recordActual(@PathVariable long id, @Valid @RequestBody PlanCommands.ActualCommand actual) {
        plans.recordActual(id, actual);
        return plans.progress(id, actual.year()).stream().filter(p -> p.code().equals(actual.code().strip())).findFirst()
                .orElseThrow();
    }

    @GetMapping("/{id}/progress")
    List<IndicatorProgress> progress(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year) {
        return plans.progress(id, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/{id}/evaluation")
    Evaluation evaluation(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year) {
        PlanView plan = plans.plan(id);
        int at = year == null ? plan.midTermYear() : year;
        return Evaluation.of(plan, at, plans.progress(id, at));
    }

    @GetMapping("/{id}/evaluation/report")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year) {
        Evaluation evaluation = evaluation(id, year);
        return Downloads.docx(EvaluationReport.title(evaluation) + ".docx", EvaluationReport.draft(evaluation));
    }
}
