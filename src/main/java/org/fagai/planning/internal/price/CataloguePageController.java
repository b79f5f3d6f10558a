package org.fagai.planning.internal.price;

import org.fagai.organization.OrganizationDirectory;
import org.fagai.planning.internal.RegionChoices;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the monitored goods and the monitoring points, and adding to them. */
@Controller
class CataloguePageController {

    private final PriceMonitoring monitoring;
    private final PriceCollections collections;
    private final RegionChoices regions;
    private final OrganizationDirectory directory;
    private final MessageText text;

    CataloguePageController(PriceMonitoring monitoring, PriceCollections collections, RegionChoices regions,
                            OrganizationDirectory directory, MessageText text) {
        this.monitoring = monitoring;
        this.collections = collections;
        this.regions = regions;
        this.directory = directory;
        this.text = text;
    }

    @GetMapping("/prices/catalogue")
    String catalogue(Model model) {
        model.addAttribute("goods", monitoring.goods());
        model.addAttribute("points", monitoring.points());
        model.addAttribute("regions", regions.writable());
        model.addAttribute("people", directory.people());
        model.addAttribute("kinds", java.util.List.of("MARKET", "SUPERMARKET", "WHOLESALE", "STATION", "FARM"));
        return "planning/price-catalogue";
    }

    @PostMapping("/prices/catalogue/goods")
    String addGood(@ModelAttribute PriceCommands.NewGood form, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", text.get("planning.good.added", collections.addGood(form).name()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/prices/catalogue";
    }

    @PostMapping("/prices/catalogue/points")
    String addPoint(@ModelAttribute PriceCommands.NewPoint form, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", text.get("planning.point.added", collections.addPoint(form).name()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/prices/catalogue";
    }
}
