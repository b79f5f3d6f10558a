package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** 节能审查 over JSON: the class of a project's figures, filings with their class and flag, opinion, start, 节能验收. */
@ApiController("/api/v1/energy")
class ReviewsApiController {

    private final Reviews reviews;
    private final ReviewList list;
    private final EnergyAccess access;

    ReviewsApiController(Reviews reviews, ReviewList list, EnergyAccess access) {
        this.reviews = reviews;
        this.list = list;
        this.access = access;
    }

    /** {@code annualKwh} in 万kWh, as every electricity figure of the module. */
    @GetMapping("/review-class")
    Map<String, String> reviewClass(@RequestParam(required = false) BigDecimal annualTce,
                                    @RequestParam(required = false) BigDecimal annualKwh) {
        access.reader();
        return Map.of("reviewClass", reviews.classifyChecked(annualTce, annualKwh).name());
    }

    /** One page of the list (sorted as the page sorts), the total matching in {@code X-Total-Count}. */
    @GetMapping("/reviews")
    ResponseEntity<List<ReviewView>> list(@RequestParam(required = false) @MaxLength(10) String reviewClass,
                                          @RequestParam(required = false) @MaxLength(100) String q,
                                          @RequestParam(defaultValue = "false") boolean warnings,
                                          @RequestParam(required = false) @MaxLength(10) String sort,
                                          @RequestParam(defaultValue = "false") boolean desc,
                                          @RequestParam(defaultValue = "0") @PageNumber int page,
                                          @RequestParam(defaultValue = "100") @PageSize int size) {
        PagedList.Page<ReviewView> found = list.search(new ReviewList.Query(reviewClass, q, warnings, sort, desc, page, size), access.reader());
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total())).body(found.rows());
    }

    @PostMapping("/reviews")
    ResponseEntity<ReviewView> file(@RequestBody ReviewCommands.Filing command) {
        ReviewView review = reviews.file(command);
        return ResponseEntity.created(URI.create("/api/v1/energy/reviews/" + review.id())).body(review);
    }

    @GetMapping("/reviews/{id}")
    ReviewView get(@PathVariable long id) {
        return reviews.get(id);
    }

    @PostMapping("/reviews/{id}/opinion")
    ReviewView opinion(@PathVariable long id, @RequestBody ReviewCommands.Opinion command) {
        return reviews.opinion(id, command);
    }

    @PostMapping("/reviews/{id}/start")
    ReviewView start(@PathVariable long id, @RequestBody ReviewCommands.Start command) {
        return reviews.start(id, command);
    }

    @PostMapping("/reviews/{id}/acceptance")
    ReviewView accept(@PathVariable long id, @RequestBody ReviewCommands.Acceptance command) {
        return reviews.accept(id, command);
    }
}
