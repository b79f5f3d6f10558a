package org.fagai.planning.internal.price;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ReaderLanguage;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.fagai.supervision.SupervisionItems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the 价格认证 cases (list, new case, a case with its result) and their export. */
@Controller
class CertificationPageController {

    /** A listed case with how its time reads. */
    record Row(Certification c, CaseClock clock) {
    }

    private final Certifications certifications;
    private final SupervisionItems items;
    private final OrganizationDirectory directory;
    private final MessageText text;

    CertificationPageController(Certifications certifications, SupervisionItems items, OrganizationDirectory directory,
                                MessageText text) {
        this.certifications = certifications;
        this.items = items;
        this.directory = directory;
        this.text = text;
    }

    @GetMapping("/prices/certifications")
    String list(@RequestParam(required = false) @MaxLength(10) String state, @RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(required = false) @MaxLength(100) String q, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        Certifications.Page result = certifications.list(new Certifications.Query(state, year, q, page, Math.min(size, 200)));
        model.addAttribute("rows", result.items().stream().map(c -> new Row(c, certifications.clock(c))).toList());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), Map.of(
                "state", state == null ? "" : state, "year", year == null ? "" : year.toString(), "q", q == null ? "" : q)));
        model.addAttribute("states", List.of("OPEN", "CONCLUDED", "CANCELLED"));
        return "planning/certifications";
    }

    @GetMapping("/prices/certifications/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @MaxLength(10) String state,
                                                 @RequestParam(required = false) @CalendarYear Integer year,
                                                 @RequestParam(required = false) @MaxLength(100) String q) {
        List<Certification> all = certifications.list(new Certifications.Query(state, year, q, 0, 10_000)).items();
        List<List<?>> rows = all.stream().<List<?>>map(c -> java.util.Arrays.asList(c.caseNo(), text.get(c.requesterKey()),
                c.requester(), c.subject(), c.requestDate().toString(), c.workingDays(), c.deadline().toString(),
                text.get(c.stateKey()), c.documentNo(), c.concludedOn() == null ? null : c.concludedOn().toString(),
                c.onTime() == null ? null : c.onTime())).toList();
        String title = text.get("planning.export.certifications.title");
        List<String> headers = text.list("planning.export.certifications.headers");
        // The rows are written on another thread: the reader's language (yes/no) is carried over to it.
        StreamingResponseBody body = ReaderLanguage.carried(out -> ExcelExport.write(out, title, headers, rows));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("planning.export.certifications.file"))).body(body);
    }

    @GetMapping("/prices/certifications/new")
    String newForm(Model model) {
        model.addAttribute("requesters", Certifications.REQUESTERS.stream().sorted().toList());
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
        model.addAttribute("today", LocalDate.now());
        return "planning/certification-form";
    }

    @PostMapping("/prices/certifications")
    String create(@ModelAttribute Certifications.NewCase form, RedirectAttributes redirect) {
        try {
            Certification created = certifications.create(form);
            redirect.addFlashAttribute("saved", text.get("planning.cert.created", created.caseNo()));
            return "redirect:/prices/certifications/" + created.id();
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/prices/certifications/new";
        }
    }

    @GetMapping("/prices/certifications/{id}")
    String detail(@PathVariable long id, Model model) {
        Certification c = certifications.get(id);
        model.addAttribute("c", c);
        model.addAttribute("clock", certifications.clock(c));
        model.addAttribute("item", items.find(c.itemId()).orElse(null));
        return "planning/certification";
    }

    @PostMapping("/prices/certifications/{id}/result")
    String result(@PathVariable long id, @ModelAttribute Certifications.Result form, RedirectAttributes redirect) {
        try {
            certifications.recordResult(id, form);
            redirect.addFlashAttribute("saved", text.get("planning.cert.resultSaved"));
        } catch (FieldErrors | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", e instanceof FieldErrors f ? f.errors()
                    : List.of(new FieldErrors.FieldError("result", e.getMessage())));
        }
        return "redirect:/prices/certifications/" + id;
    }
}
