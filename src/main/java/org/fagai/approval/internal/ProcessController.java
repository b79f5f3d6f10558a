package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.UploadRefused;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The forms of the application page between acceptance and decision (review, consultation, stops, extension, 容缺
 * materials, signature, revocation), each answering with the page again, and the documents: printable views, .docx, PDF.
 */
@Controller
class ProcessController {

    private final ApplicationProcess process;
    private final ApplicationDecisions decisions;
    private final ApplicationDocuments documents;
    private final MessageText text;

    ProcessController(ApplicationProcess process, ApplicationDecisions decisions, ApplicationDocuments documents, MessageText text) {
        this.process = process;
        this.decisions = decisions;
        this.documents = documents;
        this.text = text;
    }

    @PostMapping("/approvals/{id}/review")
    String review(@PathVariable long id, @ModelAttribute ProcessCommands.Review command, RedirectAttributes redirect) {
        return step(id, "review", redirect, () -> process.review(id, command));
    }

    @PostMapping("/approvals/{id}/consultations")
    String consult(@PathVariable long id, @RequestParam(required = false) List<Long> departmentIds,
                   @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String outside,
                   @RequestParam(required = false) Integer workingDays, RedirectAttributes redirect) {
        List<String> names = outside == null ? List.of() : Arrays.stream(outside.split("[\\r\\n]+")).toList();
        return step(id, "consult", redirect,
                () -> process.consult(id, new ProcessCommands.Consult(departmentIds, names, workingDays, null)));
    }

    @PostMapping("/approvals/{id}/consultations/{consultationId}/answer")
    String answer(@PathVariable long id, @PathVariable long consultationId, @ModelAttribute ProcessCommands.Record command,
                  @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return step(id, "answer", redirect, () -> process.answer(id, consultationId, withFile(id, command, file)));
    }

    @PostMapping("/approvals/{id}/stops")
    String stop(@PathVariable long id, @ModelAttribute ProcessCommands.Stop command,
                @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return step(id, "stop", redirect, () -> {
            Long document = upload(id, file);
            return process.startStop(id, new ProcessCommands.Stop(command.kind(), command.from(), command.at(), command.reason(),
                    document));
        });
    }

    @PostMapping("/approvals/{id}/stops/{stopId}/end")
    String endStop(@PathVariable long id, @PathVariable long stopId, @ModelAttribute ProcessCommands.Record command,
                   @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return step(id, "endStop", redirect, () -> process.endStop(id, stopId, withFile(id, command, file)));
    }

    @PostMapping("/approvals/{id}/extension")
    String requestExtension(@PathVariable long id, @ModelAttribute StepCommand command, RedirectAttributes redirect) {
        return step(id, "extension", redirect, () -> process.requestExtension(id, command));
    }

    @PostMapping("/approvals/{id}/extension/approve")
    String approveExtension(@PathVariable long id, @ModelAttribute StepCommand command, RedirectAttributes redirect) {
        return step(id, "approveExtension", redirect, () -> process.decideExtension(id, command));
    }

    @PostMapping("/approvals/{id}/missing/{missingId}/supply")
    String supply(@PathVariable long id, @PathVariable long missingId, @ModelAttribute ProcessCommands.Record command,
                  @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return step(id, "supply", redirect, () -> process.supply(id, missingId, withFile(id, command, file)));
    }

    @PostMapping("/approvals/{id}/sign")
    String sign(@PathVariable long id, @ModelAttribute StepCommand command, RedirectAttributes redirect) {
        return step(id, "sign", redirect, () -> decisions.sign(id, command));
    }

    @PostMapping("/approvals/{id}/licence/revoke")
    String revoke(@PathVariable long id, @ModelAttribute StepCommand command, RedirectAttributes redirect) {
        return step(id, "revoke", redirect, () -> decisions.revoke(id, command));
    }

    @GetMapping("/approvals/{id}/decision")
    ResponseEntity<byte[]> decision(@PathVariable long id, @RequestParam(defaultValue = "docx") String format) {
        return ProcessApiController.file(decisions.document(id, ProcessApiController.format(format), baseUrl()));
    }

    @GetMapping("/approvals/{id}/decision/print")
    String printDecision(@PathVariable long id, Model model) {
        model.addAttribute("doc", decisions.decisionDocument(id, baseUrl()));
        model.addAttribute("applicationId", id);
        return "approval/document";
    }

    @GetMapping("/approvals/{id}/notices/{noticeId}")
    ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable long noticeId, @RequestParam(defaultValue = "docx") String format) {
        return ProcessApiController.file(decisions.notice(id, noticeId, ProcessApiController.format(format)));
    }

    @GetMapping("/approvals/{id}/notices/{noticeId}/print")
    String printNotice(@PathVariable long id, @PathVariable long noticeId, Model model) {
        model.addAttribute("doc", decisions.noticeDocument(id, noticeId));
        model.addAttribute("applicationId", id);
        return "approval/document";
    }

    /** The QR code of a signed decision as PNG, for the print view. */
    @GetMapping("/approvals/{id}/decision/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        OfficialDocument d = decisions.decisionDocument(id, baseUrl());
        if (d.verifyUrl() == null) {
            throw new org.fagai.shared.NotFoundException(StoredText.of("approval.error.notIssued"));
        }
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.IMAGE_PNG).body(QrCodes.png(d.verifyUrl(), 300));
    }

    private ProcessCommands.Record withFile(long id, ProcessCommands.Record command, MultipartFile file) {
        Long document = upload(id, file);
        return new ProcessCommands.Record(command.opinion(), document != null ? document : command.documentId(), command.at());
    }

    private Long upload(long id, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return documents.upload(id, file).id();
        } catch (UploadRefused e) {
            throw FieldErrors.of("file", file.getOriginalFilename() + "：" + e.reason());
        }
    }

    private String step(long id, String step, RedirectAttributes redirect, Supplier<ApplicationView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", text.get("approval.process.done." + step));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (RuleViolation | PdfRenderer.NoFont e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError(step, e.getMessage())));
        }
        return "redirect:/approvals/" + id;
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
