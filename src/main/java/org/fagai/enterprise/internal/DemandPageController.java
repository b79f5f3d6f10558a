package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The demand pages: the list, one demand with the steps the user may take, the three rates. */
@Controller
@RequestMapping("/demands")
class DemandPageController {

    private final Demands demands;
    private final DemandQueries queries;
    private final DemandRates rates;
    private final EnterpriseAccess access;
    private final OrganizationDirectory directory;
    private final MessageText text;

    DemandPageController(Demands demands, DemandQueries queries, DemandRates rates, EnterpriseAccess access,
                         OrganizationDirectory directory, MessageText text) {
        this.demands = demands;
        this.queries = queries;
        this.rates = rates;
        this.access = access;
        this.directory = directory;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(required = false) @MaxLength(20) String state, @RequestParam(required = false) @MaxLength(20) String category,
                @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        CurrentUser user = access.reader();
        int pageSize = Math.min(size, 200);
        DemandQueries.Page result = queries.list(new DemandQueries.Filter(state, category, null, q, null, null, null, page, pageSize), user);
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, pageSize, result.total(), Map.of("state", nz(state),
                "category", nz(category), "q", nz(q))));
        model.addAttribute("states", DemandState.values());
        model.addAttribute("categories", DemandCategory.values());
        model.addAttribute("account", user.role().unitAccount());
        return "enterprise/demands";
    }

    @PostMapping
    String raise(@ModelAttribute DemandCommands.Raise form, RedirectAttributes redirect) {
        try {
            DemandView view = demands.raise(form);
            redirect.addFlashAttribute("saved", text.get("enterprise.demand.raised", view.id()));
            return "redirect:/demands/" + view.id();
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/demands";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("d", demands.get(id));
        model.addAttribute("handler", !user.role().unitAccount());
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
        return "enterprise/demand";
    }

    @PostMapping("/{id}/route")
    String route(@PathVariable long id, @ModelAttribute DemandCommands.Route form, RedirectAttributes redirect) {
        return step(id, redirect, () -> demands.route(id, form));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @ModelAttribute DemandCommands.Answer form, RedirectAttributes redirect) {
        return step(id, redirect, () -> demands.answer(id, form));
    }

    @PostMapping("/{id}/return-visit")
    String returnVisit(@PathVariable long id, @ModelAttribute DemandCommands.ReturnVisit form, RedirectAttributes redirect) {
        return step(id, redirect, () -> demands.returnVisit(id, form));
    }

    private String step(long id, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/demands/" + id;
    }

    @GetMapping("/rates")
    String rates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(org.fagai.shared.ChinaTime.ZONE);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        DemandRates.Rates computed = rates.compute(start, end, access.handler());
        model.addAttribute("rates", computed);
        java.util.Map<String, java.util.List<DemandRates.Row>> groups = new java.util.LinkedHashMap<>();
        groups.put("byDepartment", computed.byDepartment());
        groups.put("byCategory", computed.byCategory());
        groups.put("byMonth", computed.byMonth());
        model.addAttribute("rateGroups", groups);
        return "enterprise/rates";
    }

    /** The list's rows as Excel, with its filters (the page's own download: the API answers HTTP Basic only). */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(20) String state,
                                  @RequestParam(required = false) @MaxLength(20) String category,
                                  @RequestParam(required = false) @MaxLength(100) String q) {
        var rows = DemandExport.rows(queries.all(new DemandQueries.Filter(state, category, null, q, null, null, null, 0, 1),
                access.reader()), text);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.demands.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.demands.title"),
                        ExportHeaders.of(text, "demands"), rows)));
    }

    @GetMapping("/rates/export")
    ResponseEntity<byte[]> exportRates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DemandRates.Rates r = rates.compute(from, to, access.handler());
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.rates.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.rates.title"),
                        ExportHeaders.of(text, "rates"), DemandExport.rateRows(r, text))));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
