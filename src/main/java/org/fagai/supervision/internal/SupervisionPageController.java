package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.CalendarYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.Pagination;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.StandardSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the item list, the create form, the item with its timeline and the steps the user may take. */
@Controller
class SupervisionPageController {

    private final Supervision supervision;
    private final EvidenceFiles evidence;
    private final ItemSearch search;
    private final OrganizationDirectory directory;
    private final Areas areas;
    private final MessageText text;
    private final Clock clock;

    SupervisionPageController(Supervision supervision, EvidenceFiles evidence, ItemSearch search, OrganizationDirectory directory,
                              Areas areas, MessageText text, Clock clock) {
        this.supervision = supervision;
        this.evidence = evidence;
        this.search = search;
        this.directory = directory;
        this.areas = areas;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String list(@RequestParam(required = false) String source, @RequestParam(required = false) ItemState state,
                @RequestParam(required = false) Colour colour, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) Integer area,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        ItemQuery query = new ItemQuery(source, state, colour, unit, year, area, null, q, sort, page, size).requirePageSize();
        ItemPage result = search.search(query);
        model.addAttribute("items", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), Map.of(
                "source", source == null ? "" : source, "state", state == null ? "" : state.name(),
                "colour", colour == null ? "" : colour.name(), "unit", unit == null ? "" : unit.toString(),
                "year", year == null ? "" : year.toString(), "area", area == null ? "" : area.toString(),
                "q", query.q() == null ? "" : query.q(), "sort", query.sort())));
        model.addAttribute("sort", query.sort());
        model.addAttribute("sorts", java.util.List.of("deadline", "-deadline", "assigned", "-assigned", "colour"));
        choices(model, year == null ? LocalDate.now(clock).getYear() : year);
        return "supervision/list";
    }

    @GetMapping("/supervision/items/new")
    String newForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ItemRequest(null, null, StandardSource.ANNUAL_TASK.name(), null, null, null, null,
                    null, null, null, null, null, LocalDate.now(clock), null, null));
        }
        choices(model, LocalDate.now(clock).getYear());
        return "supervision/form";
    }

    @PostMapping("/supervision/items")
    String create(@ModelAttribute("form") ItemRequest form, Model model, RedirectAttributes redirect) {
        try {
            ItemView created = supervision.assign(form.toNewItem());
            redirect.addFlashAttribute("saved", text.get("supervision.assigned", created.id()));
            return "redirect:/supervision/items/" + created.id();
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            choices(model, LocalDate.now(clock).getYear());
            return "supervision/form";
        }
    }

    @GetMapping("/supervision/items/{id}")
    String detail(@PathVariable long id, Model model) {
        ItemView item = supervision.get(id);
        model.addAttribute("item", item);
        model.addAttribute("timeline", supervision.timeline(id));
        model.addAttribute("evidenceFiles", evidence.list(id));
        model.addAttribute("sourceKey", StandardSource.isStandard(item.sourceType()) ? "supervision.source." + item.sourceType()
                : "supervision.source.OTHER");
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("areaName", item.area() == null ? null : areas.of(item.year()).get(item.area()));
        return "supervision/detail";
    }

    @PostMapping("/supervision/items/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute StepBody body,
                @RequestParam(required = false) Integer seq, RedirectAttributes redirect) {
        try {
            switch (step) {
                case "sign" -> supervision.sign(id);
                case "report" -> supervision.report(id, body.progress());
                case "request-closure" -> supervision.requestClosure(id, body.result(), body.evidence());
                case "verify" -> supervision.verify(id);
                case "return" -> supervision.returnForRework(id, body.reason());
                case "extend" -> supervision.requestExtension(id, body.deadline(), body.reason());
                case "extension-approve" -> supervision.decideExtension(id, true, body.note());
                case "extension-refuse" -> supervision.decideExtension(id, false, body.note());
                case "cancel" -> supervision.cancel(id, body.reason());
                case "milestone" -> supervision.completeMilestone(id, seq == null ? -1 : seq);
                default -> throw new IllegalArgumentException(org.fagai.shared.StoredText.of("supervision.error.unknownStep", step));
            }
            redirect.addFlashAttribute("saved", text.get("supervision.step.done." + step));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (LoopViolation | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", java.util.List.of(new FieldErrors.FieldError(step, e.getMessage())));
        }
        return "redirect:/supervision/items/" + id;
    }

    @PostMapping("/supervision/items/{id}/evidence")
    String uploadEvidence(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                          RedirectAttributes redirect) {
        try {
            EvidenceFiles.EvidenceView saved = evidence.upload(id, file);
            redirect.addFlashAttribute("saved", text.get("supervision.evidence.uploaded", saved.fileName()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("errors", e.errors().stream().map(r -> new FieldErrors.FieldError("file", r.message())).toList());
        } catch (LoopViolation | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", java.util.List.of(new FieldErrors.FieldError("file", e.getMessage())));
        }
        return "redirect:/supervision/items/" + id;
    }

    @GetMapping("/supervision/items/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> downloadEvidence(@PathVariable long id, @PathVariable long fileId) {
        return evidence.content(id, fileId).download();
    }

    private void choices(Model model, int year) {
        model.addAttribute("sources", StandardSource.values());
        model.addAttribute("states", ItemState.values());
        model.addAttribute("colours", Colour.values());
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
        model.addAttribute("areas", areas.of(year));
    }
}
