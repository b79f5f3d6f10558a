package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry pages: list with filters, import and export; the enterprise page with its package, visits and demands. */
@Controller
@RequestMapping("/enterprises")
class EnterprisePageController {

    private final Enterprises enterprises;
    private final EnterpriseImport imports;
    private final EnterpriseProfiles profiles;
    private final ServicePackages packages;
    private final EnterpriseAccess access;
    private final RegionDirectory regions;
    private final OrganizationDirectory directory;
    private final MessageText text;

    EnterprisePageController(Enterprises enterprises, EnterpriseImport imports, EnterpriseProfiles profiles,
                             ServicePackages packages, EnterpriseAccess access, RegionDirectory regions,
                             OrganizationDirectory directory, MessageText text) {
        this.enterprises = enterprises;
        this.imports = imports;
        this.profiles = profiles;
        this.packages = packages;
        this.access = access;
        this.regions = regions;
        this.directory = directory;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(required = false) @MaxLength(100) String q, @RequestParam(required = false) @MaxLength(9) String region,
                @RequestParam(required = false) @MaxLength(5) String industry, @RequestParam(required = false) @MaxLength(30) String flag,
                @RequestParam(required = false) @MaxLength(10) String sort,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        CurrentUser user = access.reader();
        if (user.role() == Role.ENTERPRISE) {
            return "redirect:/enterprises/mine";
        }
        int pageSize = Math.min(size, 200);
        EnterpriseReads.Page result = enterprises.search(new EnterpriseQuery(q, region, industry, flag, null, sort, page, pageSize));
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, pageSize, result.total(), Map.of("q", nz(q), "region", nz(region),
                "industry", nz(industry), "flag", nz(flag), "sort", nz(sort))));
        model.addAttribute("towns", regions.towns(user.regionCode()));
        model.addAttribute("flags", EnterpriseFlag.values());
        model.addAttribute("keeper", keeper(user));
        return "enterprise/list";
    }

    @GetMapping("/mine")
    String mine() {
        CurrentUser user = access.reader();
        if (!user.role().unitAccount() || user.ownerCreditCode() == null) {
            return "redirect:/enterprises";
        }
        return "redirect:/enterprises/" + user.ownerCreditCode();
    }

    @GetMapping("/new")
    String create(Model model) {
        access.keeper();
        model.addAttribute("form", EnterpriseCommand.empty());
        return form(model, false);
    }

    @GetMapping("/{creditCode}/edit")
    String edit(@PathVariable @MaxLength(18) String creditCode, Model model) {
        access.keeper();
        var e = enterprises.get(creditCode);
        String manual = String.join(",", e.flags().stream().filter(f -> !f.flag().computed()
                && f.year() == LocalDate.now(org.fagai.shared.ChinaTime.ZONE).getYear()).map(f -> f.flag().name()).toList());
        model.addAttribute("form", new EnterpriseCommand(e.creditCode(), e.name(), e.legalRepresentative(), e.regionCode(),
                e.industryCode(), e.address(), e.contactPerson(), e.contactPhone(), e.size() == null ? "" : e.size().name(),
                e.revenue(), e.revenueYear(), manual, null));
        return form(model, true);
    }

    private String form(Model model, boolean existing) {
        CurrentUser user = access.reader();
        model.addAttribute("existing", existing);
        model.addAttribute("towns", regions.towns(user.regionCode()));
        model.addAttribute("flags", List.of(EnterpriseFlag.values()).stream().filter(f -> !f.computed()).toList());
        model.addAttribute("sizes", org.fagai.enterprise.EnterpriseSize.values());
        return "enterprise/form";
    }

    @PostMapping
    String save(@ModelAttribute("form") EnterpriseCommand form, @RequestParam(defaultValue = "false") boolean existing,
                Model model, RedirectAttributes redirect) {
        try {
            var saved = enterprises.save(form);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
            return "redirect:/enterprises/" + saved.creditCode();
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return form(model, existing);
        }
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        try {
            EnterpriseImport.Result result = imports.importXlsx(file);
            redirect.addFlashAttribute("saved", text.get("enterprise.import.done", result.rows(), result.created(),
                    result.updated(), result.merged()));
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        }
        return "redirect:/enterprises";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        access.keeper();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(Downloads.bytes(imports::template));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(100) String q,
                                                 @RequestParam(required = false) @MaxLength(9) String region,
                                                 @RequestParam(required = false) @MaxLength(5) String industry,
                                                 @RequestParam(required = false) @MaxLength(30) String flag) {
        List<List<?>> rows = EnterpriseExport.rows(enterprises, new EnterpriseQuery(q, region, industry, flag, null, null, 0, 1));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders("企业库.xlsx"))
                .body(Downloads.bytes(out -> ExcelExport.write(out, "企业库", EnterpriseExport.HEADERS, rows)));
    }

    @GetMapping("/{creditCode}")
    String profile(@PathVariable @MaxLength(18) String creditCode, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("p", profiles.profile(creditCode));
        model.addAttribute("keeper", keeper(user));
        model.addAttribute("handler", !user.role().unitAccount());
        model.addAttribute("people", directory.people());
        model.addAttribute("units", directory.units());
        model.addAttribute("categories", DemandCategory.values());
        model.addAttribute("today", LocalDate.now(org.fagai.shared.ChinaTime.ZONE));
        return "enterprise/profile";
    }

    /** A visit from the page (a phone at the enterprise's gate): what was discussed and, optionally, one demand. */
    record VisitForm(LocalDate visitedOn, @MaxLength(200) String visitors, @MaxLength(200) String metWith,
                     @MaxLength(MaxLength.TEXT) String discussed, @MaxLength(20) String demandCategory,
                     @MaxLength(MaxLength.TEXT) String demandContent) {
    }

    @PostMapping("/{creditCode}/visits")
    String visit(@PathVariable @MaxLength(18) String creditCode, @ModelAttribute VisitForm form,
                 @RequestParam(value = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) {
        try {
            List<ServiceCommands.RaisedDemand> raised = form.demandContent() == null || form.demandContent().isBlank() ? List.of()
                    : List.of(new ServiceCommands.RaisedDemand(form.demandCategory(), form.demandContent(), null, null, null));
            packages.visit(creditCode, new ServiceCommands.Visit(form.visitedOn(), form.visitors(), form.metWith(),
                    form.discussed(), raised), photos == null ? List.of() : photos);
            redirect.addFlashAttribute("saved", text.get("enterprise.visit.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("errors", UploadErrors.of("photo", e));
        }
        return "redirect:/enterprises/" + Enterprises.normalise(creditCode);
    }

    record PackageForm(Long leaderId, Long staffId, @MaxLength(MaxLength.TEXT) String policies, Integer visitsPerQuarter) {
    }

    @PostMapping("/{creditCode}/package")
    String savePackage(@PathVariable @MaxLength(18) String creditCode, @ModelAttribute PackageForm form,
                       RedirectAttributes redirect) {
        try {
            packages.save(new ServiceCommands.Package(creditCode, form.leaderId(), form.staffId(), form.policies(),
                    form.visitsPerQuarter()));
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/enterprises/" + Enterprises.normalise(creditCode);
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        Photos.Content content = packages.photo(id);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(content.data());
    }

    static boolean keeper(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.STAFF || user.role() == Role.DISTRICT;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
