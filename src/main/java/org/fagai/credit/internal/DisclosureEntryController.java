package org.fagai.credit.internal;

import java.util.List;
import java.util.Map;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
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
                .map(h -> new ExcelTemplate.Column(h, NOTES.getOrDefault(h.substring(h.indexOf('_') + 1), ""),
                        h.endsWith("_XDR_LB") ? List.of("法人及非法人组织", "自然人", "个体工商户") : List.of()))
                .toList();
        String file = text.get(licence ? "credit.disclosure.template.licences" : "credit.disclosure.template.penalties");
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(file))
                .body(out -> ExcelTemplate.write(out, licence ? "行政许可" : "行政处罚", columns, List.of()));
    }

    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("XDR_MC", "必填"), Map.entry("XDR_LB", "必填：法人及非法人组织 / 自然人 / 个体工商户"),
            Map.entry("XDR_SHXYM", "法人及非法人组织、个体工商户必填；自然人不填"),
            Map.entry("FRDB", "法人及非法人组织必填；个体工商户填经营者；自然人不填"),
            Map.entry("FR_ZJLX", "选填，与证件号码同时填写"), Map.entry("FR_ZJHM", "选填，身份证须18位且校验码正确"),
            Map.entry("XDR_ZJLX", "自然人必填（身份证/护照号/…）"), Map.entry("XDR_ZJHM", "自然人必填；公示时隐去中间位"),
            Map.entry("JDRQ", "必填，yyyy/MM/dd"), Map.entry("YXQZ", "必填，yyyy/MM/dd"),
            Map.entry("YXQZI", "必填，长期填 2099/12/31"), Map.entry("YXQ", "必填，长期填 2099/12/31"),
            Map.entry("NR_FK", "处罚类别含罚款时必填，万元"), Map.entry("NR_WFFF", "处罚类别含没收时必填，万元"),
            Map.entry("NR_ZKDX", "处罚类别含暂扣或吊销时必填"), Map.entry("XKLB", "必填：普通/特许/认可/核准/登记/其他"),
            Map.entry("ZT", "1 有效 / 2 无效，空为 1"), Map.entry("XKJGDM", "空为本委"), Map.entry("LYDWDM", "空为本委"),
            Map.entry("CFJGDM", "空为本委"), Map.entry("SJLYDM", "空为本委"));
}
