package org.fagai.businessenv.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.fagai.project.InvestmentMix;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's offers: the list with the monitored 民间投资占比, a new offer, one offer with the investors' interest. */
@Controller
@RequestMapping("/investment-offers")
class OfferPageController {

    private final InvestmentOffers offers;
    private final InterestRegistrations interests;
    private final InvestmentMix mix;
    private final EvaluationAccess access;
    private final Clock clock;

    OfferPageController(InvestmentOffers offers, InterestRegistrations interests, InvestmentMix mix, EvaluationAccess access,
                        Clock clock) {
        this.offers = offers;
        this.interests = interests;
        this.mix = mix;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @MaxLength(10) String status, @RequestParam(required = false) @MaxLength(20) String sector,
                @RequestParam(required = false) @MaxLength(100) String q, @RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        int pageSize = Math.min(size, 200);
        InvestmentOffers.Page result = offers.list(status, sector, q, page, pageSize);
        int y = year == null ? LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear() - 1 : year;
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, pageSize, result.total(), Map.of("status", nz(status), "sector", nz(sector), "q", nz(q))));
        model.addAttribute("sectors", OfferSector.values());
        model.addAttribute("modes", OfferMode.values());
        model.addAttribute("mix", mix.ofYear(y, access.requireStaff().regionCode()));
        model.addAttribute("filter", Map.of("status", nz(status), "sector", nz(sector), "q", nz(q)));
        return "businessenv/offers";
    }

    @PostMapping
    String create(@ModelAttribute OfferCommands.Offer offer) {
        return "redirect:/investment-offers/" + offers.create(offer);
    }

    @GetMapping("/{id}")
    String offer(@PathVariable long id, Model model) {
        OfferView offer = offers.get(id);
        model.addAttribute("offer", offer);
        model.addAttribute("interests", interests.forOffer(id));
        return "businessenv/offer";
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam @MaxLength(10) String status) {
        offers.changeStatus(id, status);
        return "redirect:/investment-offers/" + id;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
