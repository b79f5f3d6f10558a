package org.fagai.approval.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/approvals")
class ApprovalApiController {

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final ApprovalStatistics statistics;
    private final KindLimits limits;
    private final ApplicationDecisions decisions;
    private final Formats fmt;
    private final MessageText text;

    ApprovalApiController(Applications applications, ApplicationDocuments documents, ApprovalStatistics statistics,
                          KindLimits limits, ApplicationDecisions decisions, Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
        this.applications = applications;
        this.documents = documents;
        this.statistics = statistics;
        this.limits = limits;
        this.decisions = decisions;
    }

    @PostMapping
    ResponseEntity<ApplicationView> file(@RequestBody FileCommand command) {
        ApplicationView created = applications.file(command);
        return ResponseEntity.created(URI.create("/api/v1/approvals/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable long id) {
        return applications.get(id);
    }

    @GetMapping
    ListPage<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status,
                                   @RequestParam(required = false) ApprovalKind kind,
                                   @RequestParam(required = false) ClockState state,
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) ApplicationSort sort,
                                   @RequestParam(defaultValue = "false") boolean desc,
                                   @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        return applications.search(new ApplicationQuery(status, kind, state, q, sort, desc, page, Math.min(size, 500)));
    }

    @PostMapping("/{id}/accept")
    ApplicationView accept(@PathVariable long id, @RequestBody(required = false) StepCommand command) {
        return applications.accept(id, orNow(command));
    }

    @PostMapping("/{id}/refuse")
    ApplicationView refuse(@PathVariable long id, @RequestBody StepCommand command) {
        return applications.refuse(id, command);
    }

    @PostMapping("/{id}/suspend")
    ApplicationView suspend(@PathVariable long id, @RequestBody StepCommand command) {
        return applications.suspend(id, command);
    }

    @PostMapping("/{id}/resume")
    ApplicationView resume(@PathVariable long id, @RequestBody(required = false) StepCommand command) {
        return applications.resume(id, orNow(command));
    }

    /** Drafts the decision (准予 or not, with the reason); the leader's {@code sign} makes it final. */
    @PostMapping("/{id}/decide")
    ApplicationView decide(@PathVariable long id, @RequestBody StepCommand command) {
        return decisions.draft(id, command);
    }

    @PostMapping("/{id}/withdraw")
    ApplicationView withdraw(@PathVariable long id, @RequestBody(required = false) StepCommand command) {
        return applications.withdraw(id, orNow(command));
    }

    @PostMapping("/{id}/documents")
    ResponseEntity<ApplicationDocuments.DocumentView> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(documents.upload(id, file));
    }

    @GetMapping("/{id}/documents")
    List<ApplicationDocuments.DocumentView> documents(@PathVariable long id) {
        return documents.list(id);
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return ApprovalController.download(documents.content(id, documentId));
    }

    @GetMapping("/stats")
    ApprovalStatistics.Report stats(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.report(from, to);
    }

    @GetMapping("/kinds")
    List<KindLimits.KindLimitView> kinds() {
        return limits.list();
    }

    /** Each kind's rules: limit, extension, review chain, materials checklist, consultation, 容缺, 公示, numbering. */
    @GetMapping("/kinds/rules")
    List<KindLimits.KindRulesView> kindRules() {
        return limits.rules();
    }

    @PutMapping("/kinds/{kind}")
    KindLimits.KindLimitView changeKind(@PathVariable ApprovalKind kind, @RequestBody KindLimits.KindLimitView limit) {
        return limits.change(kind, new TimeLimit(limit.value(), limit.unit(), limit.maxExtensionDays()));
    }

    /** 绿色通道: the shorter promised limit of a kind for red-listed applicants ({"limit": null} = none); administrators. */
    @PutMapping("/kinds/{kind}/green-channel")
    Map<String, Object> changeGreenChannel(@PathVariable ApprovalKind kind, @RequestBody GreenChannelCommand command) {
        Integer limit = limits.changeGreenChannel(kind, command.limit());
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(java.util.Collections.singletonMap("limit", limit)));
    }

    record GreenChannelCommand(Integer limit) {
    }

    /** A step the life cycle does not allow now: 409 with the reason in the request's language. */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail conflict(RuleViolation e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, text.get("approval.problem.refused"), fmt.stored(e.getMessage()));
    }

    private static StepCommand orNow(StepCommand command) {
        return command == null ? StepCommand.now() : command;
    }

    static ContentDisposition attachment(String name) {
        return ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build();
    }
}
