package org.fagai.energy.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyType;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ImportRejected;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the monthly reports: the list with its filters and export, the entry form, one report, the import, the missing list. */
@Controller
class ReportsPageController {

    private static final int EXPORT_LIMIT = 100_000;

    private final Reports reports;
    private final ReportList list;
    private final ReportImport imports;
    private final MissingReports missing;
    private final EnergyAccess access;
    private final MessageText text;
    private final AuditLog audit;
    private final Clock clock;

    ReportsPageController(Reports reports, ReportList list, ReportImport imports, MissingReports missing, EnergyAccess access,
                          MessageText text, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.list = list;
        this.imports = imports;
        this.missing = missing;
        this.access = access;
        this.text = text;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/energy/reports")
    String list(@RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(required = false) @org.hibernate.validator.constraints.Range(min = 1, max = 12) Integer month,
                @RequestParam(required = false) @MaxLength(9) String region, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(required = false) @MaxLength(10) String flag, @RequestParam(required = false) @MaxLength(10) String sort,
                @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        CurrentUser user = access.reader();
        ReportList.Query query = new ReportList.Query(year, month, region, q, ReportList.knownFlag(flag) ? flag : null, sort, desc,
                page, Math.min(size, 200));
        ReportList.Page result = list.search(query, user);
        model.addAttribute("reports", result.rows());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), query.filters()));
        model.addAttribute("mayWrite", EnergyAccess.mayWrite(user));
        return "energy/reports";
    }

    @GetMapping("/energy/reports/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @CalendarYear Integer year,
                                  @RequestParam(required = false) @org.hibernate.validator.constraints.Range(min = 1, max = 12) Integer month,
                                  @RequestParam(required = false) @MaxLength(9) String region,
                                  @RequestParam(required = false) @MaxLength(100) String q,
                                  @RequestParam(required = false) @MaxLength(10) String flag,
                                  @RequestParam(required = false) @MaxLength(10) String sort,
                                  @RequestParam(defaultValue = "false") boolean desc) {
        CurrentUser user = access.reader();
        ReportList.Query query = new ReportList.Query(year, month, region, q, ReportList.knownFlag(flag) ? flag : null, sort, desc,
                0, 1);
        List<ReportList.Row> rows = list.all(query, user, EXPORT_LIMIT);
        audit.record(AuditAction.EXPORT, Reports.AUDIT_TYPE, "list", StoredText.of("energy.audit.reports.export", rows.size()));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("energy.export.reports.file")))
                .body(Downloads.bytes(out -> EnergyWorkbooks.reports(out, rows, text)));
    }

    @GetMapping("/energy/reports/new")
    String form(@RequestParam(required = false) @MaxLength(18) String creditCode, Model model) {
        access.writer();
        ReportForm form = ReportForm.empty(YearMonth.now(clock).minusMonths(1).toString());
        model.addAttribute("form", new ReportForm(creditCode == null ? "" : creditCode, form.month(), null, List.of(), List.of(),
                List.of(), List.of()));
        return formPage(model);
    }

    @PostMapping("/energy/reports")
    String submit(@ModelAttribute("form") ReportForm form, Model model, RedirectAttributes redirect) {
        ReportView saved;
        try {
            saved = reports.submit(form.command());
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return formPage(model);
        }
        redirect.addFlashAttribute("saved", text.get("energy.report.saved", saved.enterpriseName(), saved.month()));
        return "redirect:/energy/reports/" + saved.id();
    }

    @GetMapping("/energy/reports/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.get(id));
        return "energy/report";
    }

    @PostMapping("/energy/reports/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            ReportImport.Result result = imports.importXlsx(file);
            redirect.addFlashAttribute("saved", text.get("energy.import.done", result.reports(), result.created(), result.replaced(),
                    result.rows()));
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        }
        return "redirect:/energy/reports";
    }

    @GetMapping("/energy/reports/template")
    ResponseEntity<byte[]> template() {
        access.reader();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(Downloads.bytes(imports::template));
    }

    @GetMapping("/energy/reports/missing")
    String missing(@RequestParam(required = false) @MaxLength(7) String month, @RequestParam(required = false) @MaxLength(9) String region,
                   Model model) {
        CurrentUser user = access.reader();
        String area = region == null || region.isBlank() ? user.regionCode() : RegionCodes.checked("region", region);
        access.readerOf(area);
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1)
                : org.fagai.shared.Years.month("month", month);
        List<MissingReports.Missing> rows = missing.of(area, m);
        model.addAttribute("missing", rows);
        model.addAttribute("month", m.toString());
        model.addAttribute("region", area);
        return "energy/missing";
    }

    private String formPage(Model model) {
        model.addAttribute("types", EnergyType.values());
        return "energy/report-form";
    }
}
