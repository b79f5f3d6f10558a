package org.fagai.project.internal.milestones;

import java.util.List;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators choose the 前期手续 each investment type requires (the page beside the API); the service checks the role,
 * bounds the list and audits, and the warnings are judged anew.
 */
@Controller
@RequestMapping("/admin/project-milestone-requirements")
class MilestoneRequirementsPageController {

    private static final String PAGE = "redirect:/admin/project-milestone-requirements";

    private final MilestoneRequirements requirements;
    private final MessageText text;
    private final Formats fmt;

    MilestoneRequirementsPageController(MilestoneRequirements requirements, MessageText text, Formats fmt) {
        this.requirements = requirements;
        this.text = text;
        this.fmt = fmt;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("requirements", requirements.all());
        model.addAttribute("types", InvestmentType.values());
        model.addAttribute("kinds", MilestoneKind.values());
        return "project/milestone-requirements";
    }

    @PostMapping("/{type}")
    String save(@PathVariable InvestmentType type, @RequestParam(required = false) List<MilestoneKind> kinds,
                RedirectAttributes redirect) {
        try {
            List<MilestoneKind> saved = requirements.replace(type, kinds == null ? List.of()
                    : kinds.stream().map(Enum::name).toList());
            redirect.addFlashAttribute("saved", text.get("project.milestoneRequirements.saved", text.get(type.labelKey()),
                    saved.isEmpty() ? text.get("common.none") : fmt.list(saved.stream().map(k -> text.get(k.labelKey())).toList())));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return PAGE;
    }
}
