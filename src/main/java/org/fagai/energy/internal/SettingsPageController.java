package org.fagai.energy.internal;

import org.fagai.energy.EnergyType;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the coefficient table (administrators change it) and of the targets (staff set them). */
@Controller
class SettingsPageController {

    private final FactorSettings factors;
    private final Targets targets;
    private final TargetStore store;
    private final EnergyAccess access;
    private final MessageText text;

    SettingsPageController(FactorSettings factors, Targets targets, TargetStore store, EnergyAccess access, MessageText text) {
        this.factors = factors;
        this.targets = targets;
        this.store = store;
        this.access = access;
        this.text = text;
    }

    @GetMapping("/energy/factors")
    String factors(Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("table", factors.table());
        model.addAttribute("admin", user.isAdmin());
        return "energy/factors";
    }

    @PostMapping("/energy/factors/types/{type}")
    String changeType(@PathVariable EnergyType type, @ModelAttribute FactorSettings.TypeChange change, RedirectAttributes redirect) {
        return saved(redirect, "/energy/factors", () -> text.get("energy.factors.saved", factors.changeType(type, change)));
    }

    @PostMapping("/energy/factors/years")
    String setYear(@ModelAttribute FactorSettings.YearChange change, RedirectAttributes redirect) {
        return saved(redirect, "/energy/factors", () -> text.get("energy.factors.saved", factors.setYear(change)));
    }

    @GetMapping("/energy/targets")
    String targets(@RequestParam(required = false) @CalendarYear Integer year, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("annual", store.annualList(null, "", year).stream()
                .filter(t -> !"REGION".equals(t.subjectType()) || user.canSeeRegion(t.subjectCode())).toList());
        model.addAttribute("fiveYear", store.fiveYear(EnergyAccess.scopePrefix(user)));
        model.addAttribute("mayPlan", EnergyAccess.mayPlan(user));
        model.addAttribute("year", year);
        return "energy/targets";
    }

    @PostMapping("/energy/targets")
    String setAnnual(@ModelAttribute TargetCommands.Annual command, RedirectAttributes redirect) {
        return saved(redirect, "/energy/targets", () -> {
            targets.setAnnual(command);
            return text.get("energy.targets.saved");
        });
    }

    @PostMapping("/energy/targets/five-year")
    String setFiveYear(@ModelAttribute TargetCommands.FiveYear command, RedirectAttributes redirect) {
        return saved(redirect, "/energy/targets", () -> {
            targets.setFiveYear(command);
            return text.get("energy.targets.saved");
        });
    }

    private static String saved(RedirectAttributes redirect, String page, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("saved", action.get());
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:" + page;
    }
}
