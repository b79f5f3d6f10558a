package org.fagai.energy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.ReviewClass;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
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

/** Pages of 节能审查: the list with its warnings and export, filing, one review with its steps, the key project's panel. */
@Controller
class ReviewsPageController {

    private final Reviews reviews;
    private final EnergyAccess access;
    private final MessageText text;
    private final AuditLog audit;

    ReviewsPageController(Reviews reviews, EnergyAccess access, MessageText text, AuditLog audit) {
        this.reviews = reviews;
        this.access = access;
        this.text = text;
        this.audit = audit;
    }

    @GetMapping("/energy/reviews")
    String list(@RequestParam(required = false) @MaxLength(10) String reviewClass, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(defaultValue = "false") boolean warnings, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        CurrentUser user = access.reader();
        List<ReviewView> all = reviews.list(known(reviewClass), q, warnings, user);
        int from = (int) Math.min((long) page * size, all.size());
        model.addAttribute("reviews", all.subList(from, Math.min(from + size, all.size())));
        model.addAttribute("pager", new Pagination(page, size, all.size(), filters(reviewClass, q, warnings)));
        model.addAttribute("classes", ReviewClass.values());
        model.addAttribute("mayWrite", EnergyAccess.mayWrite(user));
        return "energy/reviews";
    }

    @GetMapping("/energy/reviews/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(10) String reviewClass,
                                  @RequestParam(required = false) @MaxLength(100) String q,
                                  @RequestParam(defaultValue = "false") boolean warnings) {
        List<ReviewView> rows = reviews.list(known(reviewClass), q, warnings, access.reader());
        audit.record(AuditAction.EXPORT, Reviews.AUDIT_TYPE, "list", "节能审查清单 " + rows.size() + " 条");
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders("节能审查清单.xlsx"))
                .body(Downloads.bytes(out -> EnergyWorkbooks.reviews(out, rows)));
    }

    @PostMapping("/energy/reviews")
    String file(@ModelAttribute ReviewCommands.Filing command, RedirectAttributes redirect) {
        try {
            ReviewView review = reviews.file(command);
            redirect.addFlashAttribute("saved", text.get("energy.review.filed", review.projectName(), text.get(review.reviewClass().labelKey()))
                    + (review.filingFlag() == null ? "" : " " + review.filingFlag()));
            return "redirect:/energy/reviews/" + review.id();
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/energy/reviews";
        }
    }

    @GetMapping("/energy/reviews/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("review", reviews.get(id));
        model.addAttribute("mayWrite", EnergyAccess.mayWrite(user));
        return "energy/review";
    }

    @PostMapping("/energy/reviews/{id}/opinion")
    String opinion(@PathVariable long id, @ModelAttribute ReviewCommands.Opinion command, RedirectAttributes redirect) {
        return step(id, redirect, () -> reviews.opinion(id, command));
    }

    @PostMapping("/energy/reviews/{id}/start")
    String start(@PathVariable long id, @ModelAttribute ReviewCommands.Start command, RedirectAttributes redirect) {
        return step(id, redirect, () -> reviews.start(id, command));
    }

    @PostMapping("/energy/reviews/{id}/acceptance")
    String accept(@PathVariable long id, @ModelAttribute ReviewCommands.Acceptance command, RedirectAttributes redirect) {
        return step(id, redirect, () -> reviews.accept(id, command));
    }

    /** The key project page's panel (loaded by htmx): the project's reviews, their class and warnings. */
    @GetMapping("/energy/projects/{code}/panel")
    String projectPanel(@PathVariable @MaxLength(30) String code, Model model) {
        model.addAttribute("reviews", reviews.ofProject(code));
        model.addAttribute("projectCode", code);
        return "energy/panel :: panel";
    }

    private String step(long id, RedirectAttributes redirect, Supplier<ReviewView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", text.get("energy.review.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/energy/reviews/" + id;
    }

    private static String known(String reviewClass) {
        for (ReviewClass c : ReviewClass.values()) {
            if (c.name().equals(reviewClass)) {
                return reviewClass;
            }
        }
        return null;
    }

    private static Map<String, String> filters(String reviewClass, String q, boolean warnings) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("reviewClass", known(reviewClass));
        filters.put("q", q);
        filters.put("warnings", warnings ? "true" : null);
        return filters;
    }
}
