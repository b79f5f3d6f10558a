package org.fagai.businessenv.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 民间投资项目推介 for the public, without sign-in (under {@code /public/**}, which the page chain leaves open): the
 * published offers, one offer, and the interest form (with the page's CSRF token, as every form).
 */
@Controller
class PublicOfferController {

    static final int PAGE_SIZE = 10;

    private final InvestmentOffers offers;
    private final InterestRegistrations interests;

    PublicOfferController(InvestmentOffers offers, InterestRegistrations interests) {
        this.offers = offers;
        this.interests = interests;
    }

    @GetMapping("/public/investment-offers")
    String list(@RequestParam(required = false) @MaxLength(20) String sector, @RequestParam(defaultValue = "0") @PageNumber int page,
                Model model) {
        InvestmentOffers.Page result = offers.publicList(sector, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("sectors", OfferSector.values());
        model.addAttribute("pager", new Pagination(page, PAGE_SIZE, result.total(), Map.of("sector", sector == null ? "" : sector)));
        return "public/investment-offers";
    }

    @GetMapping("/public/investment-offers/{id}")
    String offer(@PathVariable long id, Model model) {
        model.addAttribute("offer", offers.published(id));
        if (!model.containsAttribute("interest")) {
            model.addAttribute("interest", new OfferCommands.Interest("", "", "", "", ""));
        }
        return "public/investment-offer";
    }

    @PostMapping("/public/investment-offers/{id}/interest")
    String register(@PathVariable long id, @ModelAttribute OfferCommands.Interest interest, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            interests.register(id, interest, request.getRemoteAddr());
        } catch (FieldErrors e) {
            response.setStatus(e instanceof org.fagai.shared.ConflictException ? 409 : 400);
            model.addAttribute("errors", e.errors());
            model.addAttribute("offer", offers.published(id));
            model.addAttribute("interest", interest);
            return "public/investment-offer";
        } catch (InterestRegistrations.TooMany e) {
            response.setStatus(429);
            model.addAttribute("errors", java.util.List.of(new FieldErrors.FieldError("interest", e.getMessage())));
            model.addAttribute("offer", offers.published(id));
            model.addAttribute("interest", interest);
            return "public/investment-offer";
        }
        redirect.addFlashAttribute("registered", true);
        return "redirect:/public/investment-offers/" + id;
    }
}
