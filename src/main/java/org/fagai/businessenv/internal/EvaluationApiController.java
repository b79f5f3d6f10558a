package org.fagai.businessenv.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 营商环境评价 over JSON: the scores (per indicator {code, value, frontier, worst, score} and the totals with rank), the
 * indicator system, values and benchmarks, data collection and reform tasks on the 督办 loop, the self-assessment .docx.
 */
@ApiController("/api/v1/business-environment")
class EvaluationApiController {

    private final Evaluations evaluations;
    private final DataCollection collection;
    private final ReformTasks reforms;
    private final SelfAssessmentReport report;
    private final EvaluationAccess access;

    private final org.fagai.shared.web.Formats fmt;

    EvaluationApiController(Evaluations evaluations, DataCollection collection, ReformTasks reforms,
                            SelfAssessmentReport report, EvaluationAccess access, org.fagai.shared.web.Formats fmt) {
        this.fmt = fmt;
        this.evaluations = evaluations;
        this.collection = collection;
        this.reforms = reforms;
        this.report = report;
        this.access = access;
    }

    @GetMapping("/scores")
    Evaluation scores(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        return evaluations.read(year, region == null ? access.requireStaff().regionCode() : region);
    }

    @GetMapping("/indicators")
    List<Indicator> indicators() {
        return evaluations.indicators();
    }

    @PutMapping("/indicators/{code}")
    Map<String, String> changeIndicator(@PathVariable @MaxLength(10) String code, @RequestBody EvaluationCommands.IndicatorChange change) {
        evaluations.changeIndicator(code, change);
        return Map.of("code", code);
    }

    @PostMapping("/values")
    Map<String, Integer> values(@RequestBody EvaluationCommands.Values command) {
        return Map.of("saved", evaluations.saveValues(command));
    }

    @PostMapping("/benchmarks")
    ResponseEntity<Map<String, Long>> benchmark(@RequestBody EvaluationCommands.Benchmark command) {
        long id = evaluations.saveBenchmark(command);
        return ResponseEntity.created(URI.create("/api/v1/business-environment/benchmarks/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/collections")
    DataCollection.Started collect(@RequestBody EvaluationCommands.StartCollection command) {
        DataCollection.Started started = collection.start(command);
        return new DataCollection.Started(started.assigned(), started.skipped().stream().map(fmt::stored).toList());
    }

    @GetMapping("/collections")
    List<DataCollection.UnitCollection> collections(@RequestParam @CalendarYear int year) {
        return collection.status(year);
    }

    @PostMapping("/reforms")
    ResponseEntity<Map<String, Long>> reform(@RequestBody EvaluationCommands.ReformVersion command) {
        long id = reforms.create(command);
        return ResponseEntity.created(URI.create("/api/v1/business-environment/reforms?year=" + command.year())).body(Map.of("id", id));
    }

    @GetMapping("/reforms")
    List<ReformTasks.Version> reforms(@RequestParam @CalendarYear int year) {
        return reforms.ofYear(year);
    }

    @GetMapping("/report")
    ResponseEntity<byte[]> report(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        return report.download(year, region == null ? access.requireStaff().regionCode() : region);
    }
}
