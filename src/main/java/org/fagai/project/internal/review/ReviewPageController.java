package org.fagai.project.internal.review;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** 月报审核: one page per project-month with the report, photos, workers and 停复工, and the accept / return form. */
@Controller
class ReviewPageController {

    private final ReportReviews reviews;
    private final MessageText text;

    ReviewPageController(ReportReviews reviews, MessageText text) {
        this.reviews = reviews;
        this.text = text;
    }

    @GetMapping("/projects/{code}/progress/{month}/review")
    String page(@PathVariable @MaxLength(50) String code, @PathVariable @MaxLength(20) String month, Model model) {
        ReportReview review = reviews.review(code, Years.month("month", month));
        model.addAttribute("review", review);
        model.addAttribute("projectCode", review.projectCode());
        model.addAttribute("byMonth", review.photos().isEmpty() ? java.util.Map.of() : java.util.Map.of(review.month(), review.photos()));
        return "project/review";
    }

    @PostMapping("/projects/{code}/progress/{month}/review")
    String decide(@PathVariable @MaxLength(50) String code, @PathVariable @MaxLength(20) String month,
                  @ModelAttribute ReviewInput input, RedirectAttributes redirect) {
        YearMonth m = Years.month("month", month);
        try {
            ReportReview review = reviews.decide(code, m, input);
            redirect.addFlashAttribute("saved", text.get("project.review.saved." + review.state().name()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/progress/" + m + "/review";
    }
}
