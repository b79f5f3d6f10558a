package org.fagai.reference.internal;

import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One page to check a credit code and look up region and industry codes, for every signed-in user. */
@Controller
class CodeLookupController {

    private final RegionDirectory regions;
    private final IndustryDirectory industries;

    CodeLookupController(RegionDirectory regions, IndustryDirectory industries) {
        this.regions = regions;
        this.industries = industries;
    }

    @GetMapping("/reference")
    String lookup(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String industry, Model model) {
        if (creditCode != null && !creditCode.isBlank()) {
            model.addAttribute("creditResult", ReferenceApiController.CreditCodeAnswer.of(creditCode));
        }
        if (region != null && !region.isBlank()) {
            model.addAttribute("regionResults", regions.search(region, null, 0, 20).regions());
        }
        if (industry != null && !industry.isBlank()) {
            model.addAttribute("industryResults", industries.search(industry, 20));
        }
        return "reference/lookup";
    }
}
