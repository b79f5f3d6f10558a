package org.fagai.credit.internal;

import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ReaderLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 双公示 entry pages: the licence form, the import in the national standard and its template. */
@Controller
class DisclosureEntryController {

    private final LicenceEntries licences;
    private final DisclosureImport imports;
    private final MessageText text;
    private final LicenceParties parties;

    DisclosureEntryController(LicenceEntries licences, DisclosureImport imports, MessageText text, LicenceParties parties) {
        this.parties = parties;
        this.licences = licences;
        this.imports = imports;
        this.text = text;
    }

    @GetMapping("/credit/licences/new")
    String licenceForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LicenceForm(PartyType.LEGAL_PERSON.label(), "", "", "", "", "", "", "", "", "",
                    "", "", "", "", "", "普通", "", "", "", null, null, null, "", "", "1", "", "", "", ""));
        }
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("idTypes", Party.ID_TYPES.stream().sorted().toList());
        return "credit/licence-form";
    }

    @PostMapping("/credit/licences")
    String recordLicence(@ModelAttribute LicenceForm form, Model model, RedirectAttributes redirect) {
        try {
            licences.record(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            model.addAttribute("partyTypes", PartyType.values());
            model.addAttribute("idTypes", Party.ID_TYPES.stream().sorted().toList());
            return "credit/licence-form";
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/credit/disclosures?type=LICENSE";
    }

    /** Completing a licence's party items (those an approval could not know). */
    @GetMapping("/credit/licences/{id}/party")
    String partyForm(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) {
            Party p = parties.party(id);
            model.addAttribute("form", new LicenceForm(p.type(), p.name(), p.creditCode(), p.businessRegNo(), p.orgCode(),
                    p.taxRegNo(), p.institutionNo(), p.socialOrgNo(), p.legalRepresentative(), p.legalRepIdType(),
                    p.legalRepIdNumber(), p.idType(), p.idNumber(), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null));
        }
        model.addAttribute("id", id);
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("idTypes", Party.ID_TYPES.stream().sorted().toList());
        return "credit/licence-party";
    }

    @PostMapping("/credit/licences/{id}/party")
    String completeParty(@org.springframework.web.bind.annotation.PathVariable long id, @ModelAttribute LicenceForm form,
                         Model model, RedirectAttributes redirect) {
        try {
            parties.complete(id, form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            return partyForm(id, model);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/credit/disclosures?type=LICENSE";
    }

    @PostMapping("/credit/disclosures/import")
    String importDisclosures(@RequestParam(defaultValue = "LICENSE") @MaxLength(10) String type,
                             @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        DisclosureQuery query = new DisclosureQuery(type, null, null, null, null, 0, 1);
        try {
            int count = imports.importXlsx(type, file);
            redirect.addFlashAttribute("saved", text.get("credit.disclosure.imported", count));
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        }
        return "redirect:/credit/disclosures?type=" + query.type();
    }

    /** The import template: the standard's item codes as headers, with what each category requires. */
    @GetMapping("/credit/disclosures/template")
    ResponseEntity<StreamingResponseBody> template(@RequestParam(defaultValue = "LICENSE") @MaxLength(10) String type) {
        boolean licence = new DisclosureQuery(type, null, null, null, null, 0, 1).licences();
        List<String> headers = licence ? DisclosureExport.LICENCE_HEADERS : DisclosureExport.PENALTY_HEADERS;
        List<ExcelTemplate.Column> columns = headers.stream()
                .filter(h -> !h.equals("CF_GSJZQ"))
                .map(h -> new ExcelTemplate.Column(h, text.orElse("credit.template.note." + h.substring(h.indexOf('_') + 1), ""),
                        h.endsWith("_XDR_LB") ? List.of("法人及非法人组织", "自然人", "个体工商户") : List.of()))
                .toList();
        String file = text.get(licence ? "credit.disclosure.template.licences" : "credit.disclosure.template.penalties");
        String sheet = text.get(licence ? "credit.disclosure.template.licences.sheet" : "credit.disclosure.template.penalties.sheet");
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(file))
                .body(ReaderLanguage.carried(out -> ExcelTemplate.write(out, sheet, columns, List.of())));
    }
}
