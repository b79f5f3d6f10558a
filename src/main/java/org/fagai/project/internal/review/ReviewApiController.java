package org.fagai.project.internal.review;

import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The review of a monthly report: what the reviewer sees, and the decision. */
@ApiController("/api/v1/projects")
class ReviewApiController {

    private final ReportReviews reviews;

    ReviewApiController(ReportReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/{code}/progress/{month}/review")
    ReportReview review(@PathVariable @MaxLength(50) String code, @PathVariable @MaxLength(20) String month) {
        return reviews.review(code, Years.month("month", month));
    }

    @PostMapping("/{code}/progress/{month}/review")
    ReportReview decide(@PathVariable @MaxLength(50) String code, @PathVariable @MaxLength(20) String month,
                        @RequestBody ReviewInput input) {
        return reviews.decide(code, Years.month("month", month), input);
    }
}
