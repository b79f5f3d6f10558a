package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import org.fagai.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.fagai.shared.web.UploadRefused;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages: the application list (remaining time refreshed live), filing, the application with its steps, statistics, limits. */
@Controller
class ApprovalController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final ApprovalStatistics statistics;
    private final KindLimits limits;
    private final MessageText text;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationDecisions decisions;
    private final OrganizationDirectory organization;
    private final Formats fmt;

    ApprovalController(Applications applications, ApplicationDocuments documents, ApprovalStatistics statistics,
                       KindLimits limits, MessageText text, AuditLog audit, Clock clock, ApplicationDecisions decisions,
                       OrganizationDirectory organization, Formats fmt) {
        this.fmt = fmt;
        this.decisions = decisions;
        this.organization = organization;
        this.applications = applications;
        this.documents = documents;
        this.statistics = statistics;
        this.limits = limits;
        this.text = text;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/approvals")
    String list(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) ApprovalKind kind,
                @RequestParam(required = false) ClockState state, @RequestParam(required = false) String q,
                @RequestParam(required = false) ApplicationSort sort, @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        fillList(new ApplicationQuery(status, kind, state, q, sort, desc, page, Math.min(size, 200)), model);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("kinds", ApprovalKind.values());
        model.addAttribute("states", ClockState.values());
        return "approval/list";
    }

    /** The table alone, polled by htmx every minute so the remaining time stays live. */
    @GetMapping("/approvals/rows")
    String rows(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) ApprovalKind kind,
                @RequestParam(required = false) ClockState state, @RequestParam(required = false) String q,
                @RequestParam(required = false) ApplicationSort sort, @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        fillList(new ApplicationQuery(status, kind, state, q, sort, desc, page, Math.min(size, 200)), model);
        return "approval/list :: rows";
    }

    private void fillList(ApplicationQuery query, Model model) {
        ListPage<ApplicationView> result = applications.search(query);
        model.addAttribute("applications", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), Map.of(
                "status", name(query.status()), "kind", name(query.kind()), "state", name(query.state()),
                "q", query.keyword() == null ? "" : query.keyword(), "sort", query.sort().name(),
                "desc", String.valueOf(query.descending()))));
    }

    @GetMapping("/approvals/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) ApplicationStatus status,
                                                 @RequestParam(required = false) ApprovalKind kind,
                                                 @RequestParam(required = false) ClockState state,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) ApplicationSort sort,
                                                 @RequestParam(defaultValue = "false") boolean desc) {
        List<ApplicationView> rows = applications.search(new ApplicationQuery(status, kind, state, q, sort, desc, 0, 10_000)).items();
        audit.record(AuditAction.EXPORT, "approval", null, StoredText.of("approval.audit.applications.export", rows.size()));
        List<String> headers = Arrays.asList(text.get("approval.id"), text.get("approval.kind"), text.get("approval.title"),
                text.get("approval.applicant"), text.get("approval.creditCode"), text.get("approval.projectCode"),
                text.get("common.status"), text.get("approval.receivedAt"), text.get("approval.acceptedAt"),
                text.get("approval.deadline"), text.get("approval.remaining"), text.get("approval.state"),
                text.get("approval.closedAt"), text.get("approval.documentNumber"), text.get("approval.department"));
        List<List<?>> data = rows.stream().<List<?>>map(a -> Arrays.asList(a.id(), text.get(a.kind().labelKey()), a.title(),
                a.applicantName(), a.applicantCreditCode(), a.projectCode(), text.get(a.status().labelKey()), a.receivedAt(),
                a.acceptedAt(), a.deadline(), remainingText(a), a.state() == null ? null : text.get(a.state().labelKey()),
                a.closedAt(), a.documentNumber(), a.department())).toList();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("approval.export.file")))
                .body(out -> ExcelExport.write(out, text.get("nav.approvals"), headers, data));
    }

    @GetMapping("/approvals/new")
    String newForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FileCommand.empty());
        }
        model.addAttribute("kinds", ApprovalKind.values());
        return "approval/form";
    }

    @PostMapping("/approvals")
    String file(@ModelAttribute("form") FileCommand form, @RequestParam(value = "files", required = false) List<MultipartFile> files,
                Model model, RedirectAttributes redirect) {
        ApplicationView created;
        try {
            created = applications.file(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("kinds", ApprovalKind.values());
            return "approval/form";
        }
        List<FieldErrors.FieldError> uploadErrors = upload(created.id(), files);
        redirect.addFlashAttribute("saved", text.get("approval.filed", created.id()));
        if (!uploadErrors.isEmpty()) {
            redirect.addFlashAttribute("errors", uploadErrors);
        }
        return "redirect:/approvals/" + created.id();
    }

    @GetMapping("/approvals/{id}")
    String detail(@PathVariable long id, Model model) {
        ApplicationView a = applications.get(id);
        model.addAttribute("a", a);
        model.addAttribute("documents", documents.list(id));
        model.addAttribute("now", LocalDate.now(clock));
        model.addAttribute("rules", limits.rulesOf(a.kind()));
        model.addAttribute("units", organization.units().stream().filter(u -> a.regionCode().startsWith(
                RegionCode.of(u.regionCode()).scopePrefix())).toList());
        model.addAttribute("stopKinds", StopKind.values());
        return "approval/detail";
    }

    @PostMapping("/approvals/{id}/documents")
    String uploadDocuments(@PathVariable long id, @RequestParam(value = "files", required = false) List<MultipartFile> files,
                           RedirectAttributes redirect) {
        List<FieldErrors.FieldError> errors = upload(id, files);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("saved", text.get("approval.documents.uploaded"));
        } else {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/approvals/" + id;
    }

    @GetMapping("/approvals/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return download(documents.content(id, documentId));
    }

    static ResponseEntity<byte[]> download(ApplicationDocuments.Content content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(content.contentType()));
        headers.setContentDisposition(org.fagai.shared.web.Downloads.disposition(content.fileName(), content.contentType()));
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(content.bytes());
    }

    @PostMapping("/approvals/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute StepCommand command,
                RedirectAttributes redirect) {
        try {
            switch (step) {
                case "accept" -> applications.accept(id, command);
                case "refuse" -> applications.refuse(id, command);
                case "suspend" -> applications.suspend(id, command);
                case "resume" -> applications.resume(id, command);
                case "decide" -> decisions.draft(id, command);
                case "withdraw" -> applications.withdraw(id, command);
                default -> throw new org.fagai.shared.NotFoundException(StoredText.of("approval.error.unknownStep", step));
            }
            redirect.addFlashAttribute("saved", text.get("approval.step.done." + step));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError(step, e.getMessage())));
        }
        return "redirect:/approvals/" + id;
    }

    @GetMapping("/approvals/stats")
    String stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        ApprovalStatistics.Report report = statistics.report(start, end);
        model.addAttribute("report", report);
        model.addAttribute("chart", JSON.writeValueAsString(Map.of(
                "months", report.months().stream().map(ApprovalStatistics.MonthTotal::month).toList(),
                "received", report.months().stream().map(ApprovalStatistics.MonthTotal::received).toList(),
                "decided", report.months().stream().map(ApprovalStatistics.MonthTotal::decided).toList(),
                "rate", report.months().stream().map(m -> m.onTimeRate() == null ? null : m.onTimeRate().doubleValue()).toList(),
                "labels", Map.of("received", text.get("approval.stats.received"), "decided", text.get("approval.stats.decided"),
                        "rate", text.get("approval.stats.onTimeRate")))));
        return "approval/stats";
    }

    @GetMapping("/approvals/stats/export")
    ResponseEntity<StreamingResponseBody> exportStats(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ApprovalStatistics.Report report = statistics.report(from, to);
        List<String> headers = Arrays.asList(text.get("approval.stats.month"), text.get("approval.kind"),
                text.get("approval.department"), text.get("approval.stats.received"), text.get("approval.stats.decided"),
                text.get("approval.stats.onTime"), text.get("approval.stats.onTimeRate"), text.get("approval.stats.average"),
                text.get("approval.stats.longest"), text.get("approval.stats.averageElapsed"));
        List<List<?>> data = new java.util.ArrayList<>(report.rows().stream().<List<?>>map(r -> Arrays.asList(r.month(),
                text.get(r.kind().labelKey()), r.department(), r.received(), r.decided(), r.onTime(), r.onTimeRate(),
                hours(r.averageWorkingMinutes()), hours(r.longestWorkingMinutes()), hours(r.averageElapsedMinutes()))).toList());
        ApprovalStatistics.Row t = report.total();
        data.add(Arrays.asList(text.get("approval.stats.total"), null, null, t.received(), t.decided(), t.onTime(), t.onTimeRate(),
                hours(t.averageWorkingMinutes()), hours(t.longestWorkingMinutes()), hours(t.averageElapsedMinutes())));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("approval.stats.file")))
                .body(out -> ExcelExport.write(out, text.get("approval.stats.title"), headers, data));
    }

    private List<FieldErrors.FieldError> upload(long id, List<MultipartFile> files) {
        List<FieldErrors.FieldError> errors = new java.util.ArrayList<>();
        if (files == null) {
            return errors;
        }
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                documents.upload(id, file);
            } catch (FieldErrors e) {
                errors.addAll(e.errors());
            } catch (UploadRefused e) {
                errors.add(new FieldErrors.FieldError("files", file.getOriginalFilename() + "：" + e.reason()));
            }
        }
        return errors;
    }

    /** Working hours with one decimal, for the statistics sheet. */
    private static java.math.BigDecimal hours(Long minutes) {
        return minutes == null ? null : java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP);
    }

    /** The remaining-time column as the list shows it: in the limit's unit, or the outcome of a closed clock. */
    private String remainingText(ApplicationView a) {
        if (a.remainingWorkingMinutes() == null) {
            return null;
        }
        String unit = a.limitUnit() == null ? null : a.limitUnit().name();
        return a.status().isOpen() ? fmt.remaining(a.remainingWorkingMinutes(), unit)
                : fmt.finished(a.usedWorkingMinutes(), a.remainingWorkingMinutes(), a.onTime(), unit);
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
