package org.fagai.energy.internal;

import java.net.URI;
import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** On-site checks and 节能目标责任考核 over JSON, with the year's report as .docx. */
@ApiController("/api/v1/energy")
class ChecksAssessmentsApiController {

    private final OnSiteChecks checks;
    private final CheckList list;
    private final Assessments assessments;
    private final AssessmentDocuments documents;
    private final EnergyAccess access;
    private final Formats fmt;

    ChecksAssessmentsApiController(OnSiteChecks checks, CheckList list, Assessments assessments, AssessmentDocuments documents, EnergyAccess access,
                                   Formats fmt) {
        this.fmt = fmt;
        this.checks = checks;
        this.list = list;
        this.assessments = assessments;
        this.documents = documents;
        this.access = access;
    }

    @PostMapping("/checks")
    ResponseEntity<CheckView> check(@RequestBody CheckCommands command) {
        CheckView check = checks.record(command);
        return ResponseEntity.created(URI.create("/api/v1/energy/checks/" + check.id())).body(check);
    }

    @GetMapping("/checks")
    ResponseEntity<List<CheckView>> checks(@RequestParam(required = false) @CalendarYear Integer year,
                                           @RequestParam(required = false) @MaxLength(100) String q,
                                           @RequestParam(defaultValue = "false") boolean open,
                                           @RequestParam(required = false) @MaxLength(10) String sort,
                                           @RequestParam(defaultValue = "false") boolean desc,
                                           @RequestParam(defaultValue = "0") @PageNumber int page,
                                           @RequestParam(defaultValue = "100") @PageSize int size) {
        PagedList.Page<CheckView> found = list.search(new CheckList.Query(year, q, open, sort, desc, page, size), access.reader());
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total())).body(found.rows());
    }

    @GetMapping("/checks/{id}")
    CheckView checkOf(@PathVariable long id) {
        return checks.get(id);
    }

    /** The platform's suggested scores for a subject's year, each with the figures it came from (in the reader's language). */
    @GetMapping("/assessments/suggestions")
    List<ScoreSuggestions.Suggestion.Shown> suggestions(@RequestParam(required = false) @CalendarYear Integer year,
                                                  @RequestParam(required = false) @MaxLength(12) String subjectType,
                                                  @RequestParam(required = false) @MaxLength(18) String subjectCode) {
        return assessments.suggestions(year, subjectType, subjectCode).stream().map(s -> s.readIn(fmt)).toList();
    }

    @PostMapping("/assessments")
    ResponseEntity<AssessmentView> assess(@RequestBody AssessmentCommands command) {
        AssessmentView a = assessments.score(command);
        return ResponseEntity.created(URI.create("/api/v1/energy/assessments/" + a.id())).body(a);
    }

    @GetMapping("/assessments")
    List<AssessmentView> assessments(@RequestParam(required = false) @CalendarYear Integer year) {
        return assessments.list(year, access.reader());
    }

    @GetMapping("/assessments/{id}")
    AssessmentView assessment(@PathVariable long id) {
        return assessments.get(id);
    }

    @PostMapping("/assessments/{id}/publish")
    AssessmentView publish(@PathVariable long id) {
        return assessments.publish(id);
    }

    @GetMapping("/assessments/report")
    ResponseEntity<byte[]> report(@RequestParam @CalendarYear Integer year) {
        AssessmentDocuments.Document doc = documents.report(year);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, doc.disposition()).contentType(AssessmentDocuments.DOCX)
                .body(doc.bytes());
    }
}
