package org.fagai.audit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.audit.AuditPage;
import org.fagai.audit.AuditQuery;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ReaderLanguage;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog audit;
    private final MessageText text;
    private final AuditDetails details;

    AuditController(AuditLog audit, MessageText text, AuditDetails details) {
        this.details = details;
        this.audit = audit;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) String targetType,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        AuditPage result = audit.search(new AuditQuery(actor, action, targetType, from, to, page, size));
        model.addAttribute("entries", result.entries());
        model.addAttribute("totalCapped", result.totalCapped());
        model.addAttribute("countLimit", String.format("%,d", AuditQuery.COUNT_LIMIT));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), Map.of(
                "actor", str(actor), "action", action == null ? "" : action.name(), "targetType", str(targetType),
                "from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString())));
        return "admin/audit";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String actor,
                                                 @RequestParam(required = false) AuditAction action,
                                                 @RequestParam(required = false) String targetType,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AuditQuery filters = AuditQuery.filters(actor, action, targetType, from, to);
        // Recorded before the rows are read, so the export itself is on the record even if the download breaks off.
        audit.record(AuditAction.EXPORT, "audit", null, describe(filters));
        List<String> headers = Arrays.asList(text.get("audit.at"), text.get("audit.actor"), text.get("audit.action"),
                text.get("audit.targetType"), text.get("audit.targetId"), text.get("audit.detail"), text.get("audit.ip"));
        Iterable<List<?>> rows = () -> StreamSupport.stream(audit.entries(filters).spliterator(), false)
                .<List<?>>map(e -> Arrays.asList(e.at(), e.actor(), text.get("audit.action." + e.action().name()),
                        e.targetType(), e.targetId(), details.read(e.detail()), e.ip())).iterator();
        String title = text.get("nav.audit");
        // The rows are written on another thread: it reads the actions' names and the details in the reader's language too.
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("audit.export.file")))
                .body(ReaderLanguage.carried(out -> ExcelExport.write(out, title, headers, rows)));
    }

    /** The period and filters of an export, as the audit log records them (a stored sentence, read in the reader's language). */
    static String describe(AuditQuery q) {
        List<String> clauses = new ArrayList<>();
        clauses.add(StoredText.of("audit.detail.period", q.from() == null ? StoredText.label("audit.detail.earliest") : q.from(),
                q.to() == null ? StoredText.label("audit.detail.now") : q.to()));
        if (q.actor() != null && !q.actor().isBlank()) {
            clauses.add(StoredText.of("audit.detail.byActor", q.actor().trim()));
        }
        if (q.action() != null) {
            clauses.add(StoredText.of("audit.detail.byAction", StoredText.label("audit.action." + q.action().name())));
        }
        if (q.targetType() != null && !q.targetType().isBlank()) {
            clauses.add(StoredText.of("audit.detail.byTarget", q.targetType().trim()));
        }
        return StoredText.of("audit.detail.export", StoredText.list("shared.clauseSeparator", clauses));
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
