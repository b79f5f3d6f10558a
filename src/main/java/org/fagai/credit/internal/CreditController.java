package org.fagai.credit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.fagai.shared.web.ReaderLanguage;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Credit section pages: the dishonesty list, the 双公示 disclosures and the penalty form. */
@Controller
class CreditController {

    private final DishonestyList list;
    private final Disclosures disclosures;
    private final Licences licences;
    private final Penalties penalties;
    private final PenaltyRepairs repairs;
    private final MessageText text;

    CreditController(DishonestyList list, Disclosures disclosures, Licences licences, Penalties penalties, PenaltyRepairs repairs, MessageText text) {
        this.list = list;
        this.disclosures = disclosures;
        this.licences = licences;
        this.penalties = penalties;
        this.repairs = repairs;
        this.text = text;
    }

    @GetMapping("/credit/blacklist")
    String blacklist(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                     @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        ListPage<BlacklistEntryView> result = list.search(q, status, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
        model.addAttribute("entries", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(),
                Map.of("q", q == null ? "" : q, "status", status == null ? "" : status)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BlacklistForm.empty());
        }
        return "credit/blacklist";
    }

    @PostMapping("/credit/blacklist")
    String add(@ModelAttribute BlacklistForm form, RedirectAttributes redirect) {
        try {
            list.add(form);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/credit/blacklist";
    }

    @PostMapping("/credit/blacklist/import")
    String importList(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        try {
            int count = list.importXlsx(file);
            redirect.addFlashAttribute("saved", text.get("blacklist.imported", count));
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        }
        return "redirect:/credit/blacklist";
    }

    @GetMapping("/credit/blacklist/template")
    ResponseEntity<StreamingResponseBody> template() {
        List<ExcelTemplate.Column> columns = List.of(
                new ExcelTemplate.Column("主体名称", text.get("credit.template.blacklist.name")),
                new ExcelTemplate.Column("统一社会信用代码", text.get("credit.template.blacklist.code")),
                new ExcelTemplate.Column("名单类型", text.get("credit.template.blacklist.required"), List.of("严重失信主体名单", "失信被执行人", "重大税收违法失信主体", "拖欠农民工工资失信联合惩戒对象", "其他")),
                new ExcelTemplate.Column("列入事由", text.get("credit.template.blacklist.required")),
                new ExcelTemplate.Column("认定文书", text.get("credit.template.blacklist.document")),
                new ExcelTemplate.Column("有效期自", text.get("credit.template.blacklist.from")),
                new ExcelTemplate.Column("有效期至", text.get("credit.template.blacklist.to")));
        String sheet = text.get("blacklist.template.sheet");
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("blacklist.template.file")))
                .body(ReaderLanguage.carried(out -> ExcelTemplate.write(out, sheet, columns, List.of())));
    }

    @PostMapping("/credit/blacklist/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason, RedirectAttributes redirect) {
        try {
            list.remove(id, reason);
            redirect.addFlashAttribute("saved", text.get("blacklist.removed"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/credit/blacklist";
    }

    @GetMapping("/credit/disclosures")
    String disclosures(@RequestParam(defaultValue = "LICENSE") String type, @RequestParam(required = false) Boolean published,
                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        DisclosureQuery query = new DisclosureQuery(type, published, q, from, to, page, Math.min(size, 200));
        ListPage<?> result = query.licences() ? licences.licences(query) : penalties.penalties(query);
        model.addAttribute("type", query.type());
        model.addAttribute("items", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), Map.of(
                "type", query.type(), "published", published == null ? "" : published.toString(), "q", q == null ? "" : q,
                "from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString())));
        return "credit/disclosures";
    }

    @GetMapping("/credit/disclosures/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "LICENSE") String type,
                                                 @RequestParam(required = false) Boolean published,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(defaultValue = "xlsx") String format) {
        return CreditApiController.exportResponse(disclosures, new DisclosureQuery(type, published, null, from, to, 0, 1), format);
    }

    @PostMapping("/credit/disclosures/{type}/{id}/publish")
    String publish(@PathVariable String type, @PathVariable long id, RedirectAttributes redirect) {
        try {
            disclosures.publish(type, id);
            redirect.addFlashAttribute("saved", text.get("disclosure.published.done"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/credit/disclosures?type=" + type.toUpperCase();
    }

    @PostMapping("/credit/penalties/{id}/repair")
    String repair(@PathVariable long id, @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason,
                  @RequestParam(required = false) @MaxLength(200) String grantedBy, RedirectAttributes redirect) {
        try {
            repairs.repair(id, new PenaltyRepairs.RepairCommand(reason, grantedBy));
            redirect.addFlashAttribute("saved", text.get("penalty.repaired"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/credit/disclosures?type=PENALTY";
    }

    @GetMapping("/credit/penalties/new")
    String penaltyForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PenaltyForm.empty());
        }
        formChoices(model);
        return "credit/penalty-form";
    }

    private static void formChoices(Model model) {
        model.addAttribute("categories", PenaltyCategory.values());
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("idTypes", Party.ID_TYPES.stream().sorted().toList());
    }

    @PostMapping("/credit/penalties")
    String recordPenalty(@ModelAttribute PenaltyForm form, Model model, RedirectAttributes redirect) {
        try {
            penalties.recordPenalty(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            formChoices(model);
            return "credit/penalty-form";
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/credit/disclosures?type=PENALTY";
    }
}
