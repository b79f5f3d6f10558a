package org.fagai.businessenv.internal;

import java.net.URI;
import java.util.List;
import org.fagai.project.InvestmentMix;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Offers to private capital over JSON for staff, with the investors' interest and the 民间投资占比 of the key projects. */
@ApiController("/api/v1/investment-offers")
class OfferApiController {

    private final InvestmentOffers offers;
    private final InterestRegistrations interests;
    private final InvestmentMix mix;
    private final EvaluationAccess access;
    private final MessageText text;

    OfferApiController(InvestmentOffers offers, InterestRegistrations interests, InvestmentMix mix, EvaluationAccess access,
                       MessageText text) {
        this.text = text;
        this.offers = offers;
        this.interests = interests;
        this.mix = mix;
        this.access = access;
    }

    @GetMapping
    InvestmentOffers.Page list(@RequestParam(required = false) @MaxLength(10) String status,
                               @RequestParam(required = false) @MaxLength(20) String sector,
                               @RequestParam(required = false) @MaxLength(100) String q,
                               @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        return offers.list(status, sector, q, page, size);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(10) String status,
                                  @RequestParam(required = false) @MaxLength(20) String sector,
                                  @RequestParam(required = false) @MaxLength(100) String q) {
        return OfferExport.of(offers.list(status, sector, q, 0, OfferExport.MAX_ROWS), text);
    }

    @PostMapping
    ResponseEntity<OfferView> create(@RequestBody OfferCommands.Offer offer) {
        long id = offers.create(offer);
        return ResponseEntity.created(URI.create("/api/v1/investment-offers/" + id)).body(offers.get(id));
    }

    @GetMapping("/{id}")
    OfferView get(@PathVariable long id) {
        access.requireRegion(offers.get(id).regionCode());
        return offers.get(id);
    }

    @PostMapping("/{id}/status")
    OfferView status(@PathVariable long id, @RequestBody OfferCommands.Status body) {
        offers.changeStatus(id, org.fagai.shared.Commands.check(body).status());
        return offers.get(id);
    }

    @GetMapping("/{id}/interests")
    List<InterestRegistrations.InterestView> interests(@PathVariable long id) {
        return interests.forOffer(id);
    }

    @GetMapping("/private-share")
    InvestmentMix.Mix privateShare(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        String code = region == null ? access.requireStaff().regionCode() : region;
        access.requireRegion(code);
        return mix.ofYear(year, code);
    }
}
