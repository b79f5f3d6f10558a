package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scorecard's page: the indicators in force, edited together (weights summing to 100), one new one, retirements; the retired ones below. */
@Controller
class ScorecardPageController {

    private final ScorecardIndicators indicators;
    private final EnergyAccess access;
    private final MessageText text;

    ScorecardPageController(ScorecardIndicators indicators, EnergyAccess access, MessageText text) {
        this.indicators = indicators;
        this.access = access;
        this.text = text;
    }

    /** Parallel lists by row (the last row a new indicator); {@code retire[i]} is "true" when the row is retired. */
    record ScorecardForm(List<String> codes, List<String> names, List<BigDecimal> weights, List<String> sources, List<String> descriptions,
                         List<String> retire) {

        List<ScorecardIndicators.Row> rows() {
            List<ScorecardIndicators.Row> rows = new ArrayList<>();
            int n = codes == null ? 0 : Math.min(codes.size(), ScorecardIndicators.MAX_INDICATORS + 1);
            for (int i = 0; i < n; i++) {
                rows.add(new ScorecardIndicators.Row(at(codes, i), at(names, i), at(weights, i), at(sources, i), at(descriptions, i),
                        "true".equals(at(retire, i))));
            }
            return rows;
        }

        private static <T> T at(List<T> list, int i) {
            return list == null || list.size() <= i ? null : list.get(i);
        }
    }

    @GetMapping("/energy/scorecard")
    String page(Model model) {
        CurrentUser user = access.reader();
        List<RuleStore.Indicator> all = indicators.list(true);
        model.addAttribute("active", all.stream().filter(i -> !i.retired()).toList());
        model.addAttribute("retired", all.stream().filter(RuleStore.Indicator::retired).toList());
        model.addAttribute("sources", ScoreSource.values());
        model.addAttribute("admin", user.isAdmin());
        return "energy/scorecard";
    }

    @PostMapping("/energy/scorecard")
    String save(@ModelAttribute ScorecardForm form, RedirectAttributes redirect) {
        try {
            indicators.replace(form.rows());
            redirect.addFlashAttribute("saved", text.get("energy.scorecard.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/energy/scorecard";
    }
}
