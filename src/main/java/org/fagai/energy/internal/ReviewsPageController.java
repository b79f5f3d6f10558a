package org.fagai.energy.internal;

import java.util.List;
import java.util.function.Supplier;
import org.fagai.shared.StoredText;
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

    static final int EXPORT_LIMIT = 20_000;

    private final Reviews reviews;
    private final ReviewList list;
    private final EnergyAccess access;
    private final MessageText text;
    private final AuditLog audit;

    ReviewsPageController(Reviews reviews, ReviewList list, EnergyAccess access, MessageText text, AuditLog audit) {
        this.reviews = reviews;
        this.list = list;
        this.access = access;
        this.text = text;
        this.audit = audit;
    }

    @GetMapping("/energy/reviews")
    String list(@RequestParam(required = false) @MaxLength(10) String reviewClass, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(defaultValue = "false") boolean warnings, @RequestParam(required = false) @MaxLength(10) String sort,
                @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        CurrentUser user = access.reader();
        ReviewList.Query query = new ReviewList.Query(reviewClass, q, warnings, sort, desc, page, size);
        PagedList.Page<ReviewView> found = list.search(query, user);
        model.addAttribute("reviews", found.rows());
        model.addAttribute("pager", new Pagination(page, size, found.total(), query.filters()));
        model.addAttribute("classes", ReviewClass.values());
        model.addAttribute("mayWrite", EnergyAccess.mayWrite(user));
        return "energy/reviews";
    }

    @GetMapping("/energy/reviews/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(10) String reviewClass,
                                  @RequestParam(required = false) @MaxLength(100) String q,
                                  @RequestParam(defaultValue = "false") boolean warnings,
                                  @RequestParam(required = false) @MaxLength(10) String sort, @RequestParam(defaultValue = "false") boolean desc) {
        List<ReviewView> rows = list.all(new ReviewList.Query(reviewClass, q, warnings, sort, desc, 0, 1), access.reader(), EXPORT_LIMIT);
        audit.record(AuditAction.EXPORT, Reviews.AUDIT_TYPE, "list", StoredText.of("energy.audit.reviews.export", rows.size()));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("energy.export.reviews.file")))
                .body(Downloads.bytes(out -> EnergyWorkbooks.reviews(out, rows, text,
                        "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()))));
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
}
