package org.fagai.indicator.internal;

import jakarta.validation.Valid;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.IndicatorForm;
import org.fagai.indicator.Unit;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.FormErrors;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The indicator catalogue pages (指标目录): the list, its export and the entry form. */
@Controller
@RequestMapping("/indicators")
class IndicatorCataloguePageController {

    private final EconomicIndicators indicators;
    private final IndicatorSheets sheets;
    private final MessageText text;

    IndicatorCataloguePageController(EconomicIndicators indicators, IndicatorSheets sheets, MessageText text) {
        this.indicators = indicators;
        this.sheets = sheets;
        this.text = text;
    }

    @GetMapping("/catalogue")
    String catalogue(@RequestParam(defaultValue = "ORDER") CatalogueSort sort, @RequestParam(defaultValue = "false") boolean desc,
                     Model model) {
        java.util.List<org.fagai.indicator.IndicatorView> catalogue = sort.sorted(indicators.catalogue(), desc);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("pager", new Pagination(0, Math.max(1, catalogue.size()), catalogue.size(),
                java.util.Map.of("sort", sort.name(), "desc", String.valueOf(desc))));
        return "indicator/catalogue";
    }

    @GetMapping("/catalogue/export")
    ResponseEntity<byte[]> exportCatalogue(@RequestParam(defaultValue = "ORDER") CatalogueSort sort,
                                           @RequestParam(defaultValue = "false") boolean desc) {
        return PagePeriod.download(sheets.catalogue(sort, desc));
    }

    @GetMapping({"/catalogue/new", "/catalogue/{code}"})
    String catalogueForm(@PathVariable(required = false) String code, Model model) {
        return catalogueForm(model, code, code == null ? IndicatorForm.empty() : IndicatorForm.of(indicators.indicator(code)));
    }

    @PostMapping("/catalogue")
    String saveIndicator(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding,
                         @RequestParam(required = false) @MaxLength(40) String existing, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding));
            return catalogueForm(model, existing, form);
        }
        try {
            indicators.saveIndicator(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return catalogueForm(model, existing, form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/indicators/catalogue";
    }

    private String catalogueForm(Model model, String code, IndicatorForm form) {
        model.addAttribute("existing", code);
        model.addAttribute("form", form);
        model.addAttribute("units", Unit.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("sources", GrowthSource.values());
        return "indicator/catalogue-form";
    }
}
