package org.fagai.credit.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信用信息公示 for the public, without sign-in: published licences and penalties in their publication period. */
@Controller
class PublicCreditController {

    private final Disclosures disclosures;

    PublicCreditController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/public/credit")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("results", disclosures.publicSearch(q));
        return "public/credit";
    }
}
