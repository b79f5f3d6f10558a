package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.fagai.approval.ApprovalKind;
import org.fagai.organization.Role;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kinds page: each kind's promised limit and its rules — review chain (one step a line: 名称|STAFF or LEADER|比例),
 * materials checklist (one a line, "*" before a secondary one), consultation, 容缺, government investment, numbering.
 */
@Controller
class KindsController {

    private final KindLimits limits;
    private final MessageText text;

    KindsController(KindLimits limits, MessageText text) {
        this.limits = limits;
        this.text = text;
    }

    @GetMapping("/approvals/kinds")
    String kinds(Model model) {
        model.addAttribute("limits", limits.list());
        model.addAttribute("rules", limits.rules());
        model.addAttribute("units", LimitUnit.values());
        return "approval/kinds";
    }

    @PostMapping("/approvals/kinds/{kind}")
    String changeKind(@PathVariable ApprovalKind kind, @RequestParam int value, @RequestParam LimitUnit unit,
                      @RequestParam(defaultValue = "0") int maxExtensionDays, RedirectAttributes redirect) {
        return save(redirect, () -> limits.change(kind, new TimeLimit(value, unit, maxExtensionDays)));
    }

    @PostMapping("/approvals/kinds/{kind}/rules")
    String changeRules(@PathVariable ApprovalKind kind, @RequestParam(defaultValue = "7") int consultationDays,
                       @RequestParam(defaultValue = "false") boolean consultationExcluded,
                       @RequestParam(defaultValue = "false") boolean partialAcceptance,
                       @RequestParam(defaultValue = "false") boolean governmentInvestment,
                       @RequestParam @MaxLength(40) String numberPrefix, RedirectAttributes redirect) {
        return save(redirect, () -> limits.changeRules(kind, consultationDays, consultationExcluded, partialAcceptance,
                governmentInvestment, numberPrefix));
    }

    @PostMapping("/approvals/kinds/{kind}/chain")
    String changeChain(@PathVariable ApprovalKind kind, @RequestParam @MaxLength(MaxLength.TEXT) String chain,
                       RedirectAttributes redirect) {
        return save(redirect, () -> limits.changeChain(kind, parseChain(chain)));
    }

    @PostMapping("/approvals/kinds/{kind}/materials")
    String changeMaterials(@PathVariable ApprovalKind kind, @RequestParam @MaxLength(MaxLength.TEXT) String materials,
                           RedirectAttributes redirect) {
        return save(redirect, () -> limits.changeMaterials(kind, lines(materials).stream()
                .map(l -> new Material(0, l.startsWith("*") ? l.substring(1).strip() : l, l.startsWith("*"))).toList()));
    }

    /** "经办人初审|STAFF|40" a line. */
    static List<ChainStep> parseChain(String text) {
        List<ChainStep> steps = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("[|｜]");
            if (f.length != 3) {
                throw new IllegalArgumentException(StoredText.of("approval.error.chainLine", i + 1));
            }
            try {
                steps.add(new ChainStep(i + 1, f[0].strip(), Role.valueOf(f[1].strip().toUpperCase()), Integer.parseInt(f[2].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(StoredText.of("approval.error.chainLineShare", i + 1));
            }
        }
        return steps;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n]+")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private String save(RedirectAttributes redirect, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError("value", e.getMessage())));
        }
        return "redirect:/approvals/kinds";
    }
}
