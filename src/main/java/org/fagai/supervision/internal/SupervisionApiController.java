package org.fagai.supervision.internal;

import jakarta.validation.Valid;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.CalendarYear;
import java.net.URI;
import java.util.List;
import org.fagai.shared.web.ApiController;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.fagai.supervision.ItemView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/supervision")
class SupervisionApiController extends LoopConflicts {

    private final Supervision supervision;
    private final ItemSearch search;
    private final ProblemLists problemLists;
    private final SupervisionStatistics statistics;

    SupervisionApiController(Supervision supervision, ItemSearch search, ProblemLists problemLists,
                             SupervisionStatistics statistics) {
        this.supervision = supervision;
        this.search = search;
        this.problemLists = problemLists;
        this.statistics = statistics;
    }

    @GetMapping("/stats")
    SupervisionStatistics.Report stats(@RequestParam @CalendarYear int year) {
        return statistics.report(year);
    }

    @GetMapping("/problem-lists/{id}")
    ProblemListView problemList(@PathVariable long id) {
        return problemLists.get(id);
    }

    @PostMapping("/problem-lists")
    ResponseEntity<ProblemListView> createProblemList(@Valid @RequestBody ProblemLists.NewList list) {
        long id = problemLists.create(list);
        return ResponseEntity.created(URI.create("/api/v1/supervision/problem-lists/" + id)).body(problemLists.get(id));
    }

    @PostMapping("/items")
    ResponseEntity<ItemView> assign(@Valid @RequestBody ItemRequest request) {
        ItemView created = supervision.assign(request == null ? null : request.toNewItem());
        return ResponseEntity.created(URI.create("/api/v1/supervision/items/" + created.id())).body(created);
    }

    @GetMapping("/items")
    ItemPage list(@RequestParam(required = false) String source, @RequestParam(required = false) ItemState state,
                  @RequestParam(required = false) Colour colour, @RequestParam(required = false) Long unit,
                  @RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) Integer area,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                  @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        return search.search(new ItemQuery(source, state, colour, unit, year, area, null, q, sort, page, size).requirePageSize());
    }

    @GetMapping("/items/{id}")
    ItemView get(@PathVariable long id) {
        return supervision.get(id);
    }

    @GetMapping("/items/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return supervision.timeline(id);
    }

    @PostMapping("/items/{id}/sign")
    ItemView sign(@PathVariable long id) {
        return supervision.sign(id);
    }

    @PostMapping("/items/{id}/report")
    ItemView report(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        return supervision.report(id, StepBody.orEmpty(body).progress());
    }

    @PostMapping("/items/{id}/milestones/{seq}/done")
    ItemView milestoneDone(@PathVariable long id, @PathVariable int seq) {
        return supervision.completeMilestone(id, seq);
    }

    @PostMapping("/items/{id}/request-closure")
    ItemView requestClosure(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        StepBody b = StepBody.orEmpty(body);
        return supervision.requestClosure(id, b.result(), b.evidence());
    }

    @PostMapping("/items/{id}/verify")
    ItemView verify(@PathVariable long id) {
        return supervision.verify(id);
    }

    @PostMapping("/items/{id}/return")
    ItemView returnForRework(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        return supervision.returnForRework(id, StepBody.orEmpty(body).reason());
    }

    @PostMapping("/items/{id}/extend")
    ItemView extend(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        StepBody b = StepBody.orEmpty(body);
        return supervision.requestExtension(id, b.deadline(), b.reason());
    }

    @PostMapping("/items/{id}/extension/approve")
    ItemView approveExtension(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        return supervision.decideExtension(id, true, StepBody.orEmpty(body).note());
    }

    @PostMapping("/items/{id}/extension/refuse")
    ItemView refuseExtension(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        return supervision.decideExtension(id, false, StepBody.orEmpty(body).note());
    }

    @PostMapping("/items/{id}/cancel")
    ItemView cancel(@PathVariable long id, @Valid @RequestBody(required = false) StepBody body) {
        return supervision.cancel(id, StepBody.orEmpty(body).reason());
    }
}
