package org.fagai.energy.internal;

import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyType;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the on-site checks: the list with open findings and export, recording a check, one check. */
@Controller
class ChecksPageController {

    private static final int EXPORT_LIMIT = 20_000;

    private final OnSiteChecks checks;
    private final CheckList list;
    private final EnergyAccess access;
    private final OrganizationDirectory directory;
    private final MessageText text;
    private final AuditLog audit;

    ChecksPageController(OnSiteChecks checks, CheckList list, EnergyAccess access, OrganizationDirectory directory, MessageText text, AuditLog audit) {
        this.checks = checks;
        this.list = list;
        this.access = access;
        this.directory = directory;
        this.text = text;
        this.audit = audit;
    }

    @GetMapping("/energy/checks")
    String list(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) @MaxLength(10) String sort,
                @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        CurrentUser user = access.reader();
        CheckList.Query query = new CheckList.Query(year, q, open, sort, desc, page, size);
        PagedList.Page<CheckView> found = list.search(query, user);
        model.addAttribute("checks", found.rows());
        model.addAttribute("pager", new Pagination(page, size, found.total(), query.filters()));
        model.addAttribute("mayWrite", EnergyAccess.mayWrite(user));
        model.addAttribute("types", EnergyType.values());
        model.addAttribute("units", directory.units().stream().filter(u -> u.regionCode() == null || user.canSeeRegion(u.regionCode())).toList());
        model.addAttribute("people", directory.people().stream().filter(p -> !p.role().unitAccount() && user.canSeeRegion(p.regionCode())).toList());
        return "energy/checks";
    }

    @GetMapping("/energy/checks/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @CalendarYear Integer year,
                                  @RequestParam(required = false) @MaxLength(100) String q, @RequestParam(defaultValue = "false") boolean open,
                                  @RequestParam(required = false) @MaxLength(10) String sort, @RequestParam(defaultValue = "false") boolean desc) {
        List<CheckView> rows = list.all(new CheckList.Query(year, q, open, sort, desc, 0, 1), access.reader(), EXPORT_LIMIT);
        audit.record(AuditAction.EXPORT, OnSiteChecks.AUDIT_TYPE, "list", StoredText.of("energy.audit.checks.export", rows.size()));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("energy.export.checks.file")))
                .body(Downloads.bytes(out -> EnergyWorkbooks.checks(out, rows, text)));
    }

    @PostMapping("/energy/checks")
    String record(@ModelAttribute CheckForm form, RedirectAttributes redirect) {
        try {
            CheckView check = checks.record(form.command());
            redirect.addFlashAttribute("saved", text.get(check.flagged() ? "energy.check.flaggedSaved" : "energy.check.saved"));
            return "redirect:/energy/checks/" + check.id();
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/energy/checks";
        }
    }

    @GetMapping("/energy/checks/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("check", checks.get(id));
        return "energy/check";
    }
}
