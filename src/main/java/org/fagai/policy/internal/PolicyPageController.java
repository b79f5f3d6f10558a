package org.fagai.policy.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseSize;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.CalendarYear;
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

/** The policy pages: staff's list with amounts and one policy's matches and applications; the enterprise's own page. */
@Controller
class PolicyPageController {

    static final int PAGE_SIZE = 20;

    private final Policies policies;
    private final PolicyApplications applications;
    private final EnterprisePolicies mine;

    PolicyPageController(Policies policies, PolicyApplications applications, EnterprisePolicies mine) {
        this.policies = policies;
        this.applications = applications;
        this.mine = mine;
    }

    @GetMapping("/policies")
    String list(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(defaultValue = "0") @PageNumber int page,
                Model model) {
        long total = policies.count(year);
        model.addAttribute("policies", policies.list(year, page, PAGE_SIZE));
        model.addAttribute("pager", new Pagination(page, PAGE_SIZE, total, Map.of("year", year == null ? "" : String.valueOf(year))));
        model.addAttribute("amounts", applications.amounts(year));
        model.addAttribute("year", year);
        model.addAttribute("flags", List.of(EnterpriseFlag.HIGH_TECH, EnterpriseFlag.SPECIALISED, EnterpriseFlag.ABOVE_SCALE_INDUSTRY,
                EnterpriseFlag.KEY));
        model.addAttribute("sizes", EnterpriseSize.values());
        return "policy/list";
    }

    @PostMapping("/policies")
    String create(@ModelAttribute PolicyCommands.Policy command) {
        return "redirect:/policies/" + policies.create(command);
    }

    @GetMapping("/policies/{id}")
    String policy(@PathVariable long id, Model model) {
        model.addAttribute("policy", policies.visible(id));
        model.addAttribute("matches", policies.matches(id));
        model.addAttribute("applications", applications.forPolicy(id));
        return "policy/show";
    }

    @PostMapping("/policies/{id}/push")
    String push(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", policies.push(id, new PolicyCommands.Push(List.of())));
        return "redirect:/policies/" + id;
    }

    @PostMapping("/policies/{id}/grants")
    String grant(@PathVariable long id, @RequestParam @MaxLength(18) String creditCode, @RequestParam(required = false) BigDecimal amount) {
        applications.grantWithoutApplication(id, new PolicyCommands.Grant(creditCode, amount));
        return "redirect:/policies/" + id;
    }

    @PostMapping("/policies/applications/{id}/{step}")
    String step(@PathVariable long id, @PathVariable @MaxLength(10) String step, @RequestParam(required = false) Boolean passed,
                @RequestParam(required = false) @MaxLength(500) String reason, @RequestParam(required = false) BigDecimal amount) {
        switch (step) {
            case "review" -> applications.review(id, new PolicyCommands.Review(passed, reason));
            case "decide" -> applications.decide(id, new PolicyCommands.Amount(amount));
            case "pay" -> applications.pay(id, new PolicyCommands.Amount(amount));
            default -> throw org.fagai.shared.FieldErrors.of("step", StoredText.of("policy.error.stepUnknown"));
        }
        return "redirect:/policies/" + applications.load(id).policyId();
    }

    @GetMapping("/policy-service")
    String enterprise(Model model) {
        model.addAttribute("policies", mine.policies());
        model.addAttribute("applications", applications.mine());
        return "policy/mine";
    }

    @PostMapping("/policy-service/applications")
    String apply(@RequestParam Long policyId, @RequestParam(required = false) BigDecimal amount) {
        applications.apply(new PolicyCommands.Apply(policyId, amount));
        return "redirect:/policy-service";
    }
}
