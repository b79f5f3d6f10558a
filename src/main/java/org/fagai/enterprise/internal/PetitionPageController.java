package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.ChinaTime;
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

/** The 信访 pages: the list with its limits, the registration form, one case with the steps its state allows. */
@Controller
@RequestMapping("/petitions")
class PetitionPageController {

    private final Petitions petitions;
    private final EnterpriseAccess access;
    private final OrganizationDirectory directory;
    private final RegionDirectory regions;
    private final MessageText text;

    PetitionPageController(Petitions petitions, EnterpriseAccess access, OrganizationDirectory directory,
                           RegionDirectory regions, MessageText text) {
        this.petitions = petitions;
        this.access = access;
        this.directory = directory;
        this.regions = regions;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(required = false) @MaxLength(20) String state, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) @MaxLength(10) String sort, @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        int pageSize = Math.min(size, 200);
        PetitionQueries.Page result = petitions.list(new PetitionQueries.Filter(state, q, from, to, sort, desc, page, pageSize));
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, pageSize, result.total(), Map.of("state", nz(state), "q", nz(q),
                "from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString(), "sort", nz(sort), "desc", desc ? "true" : "")));
        model.addAttribute("states", PetitionState.values());
        model.addAttribute("today", today());
        return "enterprise/petitions";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(20) String state,
                                  @RequestParam(required = false) @MaxLength(100) String q,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) @MaxLength(10) String sort,
                                  @RequestParam(defaultValue = "false") boolean desc) {
        var rows = PetitionExport.rows(petitions, new PetitionQueries.Filter(state, q, from, to, sort, desc, 0, 1), text);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.petitions.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.petitions.title"),
                        ExportHeaders.of(text, "petitions"), rows)));
    }

    @GetMapping("/new")
    String create(Model model) {
        CurrentUser user = access.handler();
        return form(model, new PetitionCommands.Receive("", "", user.regionCode(), "", today()));
    }

    private String form(Model model, PetitionCommands.Receive form) {
        CurrentUser user = access.handler();
        model.addAttribute("form", form);
        model.addAttribute("regions", regionChoices(user.regionCode()));
        model.addAttribute("today", today());
        return "enterprise/petition-form";
    }

    @PostMapping
    String receive(@ModelAttribute("form") PetitionCommands.Receive form, Model model, RedirectAttributes redirect) {
        try {
            PetitionView view = petitions.receive(form);
            redirect.addFlashAttribute("saved", text.get("enterprise.petition.received", view.id(), view.acceptDue()));
            return "redirect:/petitions/" + view.id();
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return form(model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        access.handler();
        model.addAttribute("p", petitions.get(id));
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
        model.addAttribute("today", today());
        model.addAttribute("maxExtension", PetitionLimits.REGULATION.maxExtensionDays());
        return "enterprise/petition";
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute PetitionCommands.Decide form, RedirectAttributes redirect) {
        return step(id, redirect, () -> petitions.decide(id, form));
    }

    @PostMapping("/{id}/extension")
    String extend(@PathVariable long id, @ModelAttribute PetitionCommands.Extend form, RedirectAttributes redirect) {
        return step(id, redirect, () -> petitions.extend(id, form));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @ModelAttribute PetitionCommands.Answer form, RedirectAttributes redirect) {
        return step(id, redirect, () -> petitions.answer(id, form));
    }

    private String step(long id, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/petitions/" + id;
    }

    /** The user's region, the divisions below it and their towns: where a case may belong. */
    private List<RegionView> regionChoices(String code) {
        List<RegionView> choices = new ArrayList<>();
        regions.find(code).ifPresent(choices::add);
        choices.addAll(regions.children(code));
        choices.addAll(regions.towns(code));
        return choices;
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
