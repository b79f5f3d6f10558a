package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.util.List;
import org.fagai.approval.ApprovalKind;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The API of the steps between acceptance and decision, the signature, the documents and the kinds' rules. */
@ApiController("/api/v1/approvals")
class ProcessApiController {

    /** The kind's rules beside its limit (PUT: admin). */
    record RulesCommand(Integer consultationDays, Boolean consultationExcluded, Boolean partialAcceptance,
                        Boolean governmentInvestment, @MaxLength(40) String numberPrefix) {
    }

    private final ApplicationProcess process;
    private final ApplicationDecisions decisions;
    private final KindLimits kinds;
    private final Formats fmt;
    private final MessageText text;

    ProcessApiController(ApplicationProcess process, ApplicationDecisions decisions, KindLimits kinds, Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
        this.process = process;
        this.decisions = decisions;
        this.kinds = kinds;
    }

    @PostMapping("/{id}/review")
    ApplicationView review(@PathVariable long id, @RequestBody ProcessCommands.Review command) {
        return process.review(id, command);
    }

    @PostMapping("/{id}/consultations")
    ApplicationView consult(@PathVariable long id, @RequestBody ProcessCommands.Consult command) {
        return process.consult(id, command);
    }

    @PostMapping("/{id}/consultations/{consultationId}/answer")
    ApplicationView answer(@PathVariable long id, @PathVariable long consultationId, @RequestBody ProcessCommands.Record command) {
        return process.answer(id, consultationId, command);
    }

    @PostMapping("/{id}/stops")
    ApplicationView stop(@PathVariable long id, @RequestBody ProcessCommands.Stop command) {
        return process.startStop(id, command);
    }

    @PostMapping("/{id}/stops/{stopId}/end")
    ApplicationView endStop(@PathVariable long id, @PathVariable long stopId,
                            @RequestBody(required = false) ProcessCommands.Record command) {
        return process.endStop(id, stopId, command == null ? ProcessCommands.Record.now() : command);
    }

    @PostMapping("/{id}/extension")
    ApplicationView requestExtension(@PathVariable long id, @RequestBody StepCommand command) {
        return process.requestExtension(id, command);
    }

    @PostMapping("/{id}/extension/approve")
    ApplicationView approveExtension(@PathVariable long id, @RequestBody(required = false) StepCommand command) {
        return process.decideExtension(id, command == null ? StepCommand.now() : command);
    }

    @PostMapping("/{id}/missing/{missingId}/supply")
    ApplicationView supply(@PathVariable long id, @PathVariable long missingId,
                           @RequestBody(required = false) ProcessCommands.Record command) {
        return process.supply(id, missingId, command == null ? ProcessCommands.Record.now() : command);
    }

    @PostMapping("/{id}/sign")
    ApplicationView sign(@PathVariable long id, @RequestBody(required = false) StepCommand command) {
        return decisions.sign(id, command);
    }

    @PostMapping("/{id}/licence/revoke")
    ApplicationView revoke(@PathVariable long id, @RequestBody StepCommand command) {
        return decisions.revoke(id, command);
    }

    /** The decision document (draft while unsigned): {@code format=docx|pdf}. */
    @GetMapping("/{id}/decision")
    ResponseEntity<byte[]> decision(@PathVariable long id, @RequestParam(defaultValue = "docx") String format) {
        return file(decisions.document(id, format(format), ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
    }

    /** A 一次性告知书: {@code format=docx|pdf}. */
    @GetMapping("/{id}/notices/{noticeId}")
    ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable long noticeId, @RequestParam(defaultValue = "docx") String format) {
        return file(decisions.notice(id, noticeId, format(format)));
    }

    @PutMapping("/kinds/{kind}/rules")
    KindLimits.KindRulesView changeRules(@PathVariable ApprovalKind kind, @RequestBody RulesCommand c) {
        org.fagai.shared.Commands.check(c);
        try {
            return kinds.changeRules(kind, c.consultationDays() == null ? 7 : c.consultationDays(),
                    Boolean.TRUE.equals(c.consultationExcluded()), Boolean.TRUE.equals(c.partialAcceptance()),
                    Boolean.TRUE.equals(c.governmentInvestment()), c.numberPrefix());
        } catch (IllegalArgumentException e) {
            throw org.fagai.shared.FieldErrors.of("rules", e.getMessage());
        }
    }

    @PutMapping("/kinds/{kind}/chain")
    KindLimits.KindRulesView changeChain(@PathVariable ApprovalKind kind, @RequestBody List<ChainStep> chain) {
        try {
            return kinds.changeChain(kind, chain);
        } catch (IllegalArgumentException e) {
            throw org.fagai.shared.FieldErrors.of("chain", e.getMessage());
        }
    }

    @PutMapping("/kinds/{kind}/materials")
    KindLimits.KindRulesView changeMaterials(@PathVariable ApprovalKind kind, @RequestBody List<Material> materials) {
        try {
            return kinds.changeMaterials(kind, materials);
        } catch (IllegalArgumentException e) {
            throw org.fagai.shared.FieldErrors.of("materials", e.getMessage());
        }
    }

    /** A step the life cycle does not allow now: 409 with the reason in the request's language. */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail conflict(RuleViolation e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, text.get("approval.problem.refused"), fmt.stored(e.getMessage()));
    }

    @ExceptionHandler(PdfRenderer.NoFont.class)
    ProblemDetail noFont(PdfRenderer.NoFont e) {
        return ApiExceptionHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, text.get("approval.problem.noFont"), fmt.stored(e.getMessage()));
    }

    static ApplicationDecisions.Format format(String format) {
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "docx" -> ApplicationDecisions.Format.DOCX;
            case "pdf" -> ApplicationDecisions.Format.PDF;
            default -> throw org.fagai.shared.FieldErrors.of("format", StoredText.of("approval.error.format"));
        };
    }

    static ResponseEntity<byte[]> file(ApplicationDecisions.Rendered rendered) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(rendered.contentType()));
        headers.setContentDisposition(ApprovalApiController.attachment(rendered.fileName()));
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(rendered.bytes());
    }
}
