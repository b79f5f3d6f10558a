package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the publication periods of each penalty field (公示期限). */
@Controller
@RequestMapping("/admin/credit-periods")
class PublicationTermController {

    private final PublicationTermBook terms;
    private final MessageText text;

    PublicationTermController(PublicationTermBook terms, MessageText text) {
        this.terms = terms;
        this.text = text;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("terms", terms.list());
        return "credit/periods";
    }

    @PostMapping("/{category}")
    String save(@PathVariable @MaxLength(50) String category, @RequestParam(required = false) @MaxLength(10) String minimumMonths,
                @RequestParam(required = false) @MaxLength(10) String maximumMonths,
                @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String legalBasis,
                RedirectAttributes redirect) {
        try {
            int recomputed = terms.update(category, months("minimumMonths", minimumMonths),
                    months("maximumMonths", maximumMonths), legalBasis);
            redirect.addFlashAttribute("saved", text.get("credit.periods.saved", recomputed));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin/credit-periods";
    }

    private static Integer months(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw FieldErrors.of(field, StoredText.of("credit.error.monthsNotNumber", value));
        }
    }
}
