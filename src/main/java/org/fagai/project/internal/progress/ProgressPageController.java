package org.fagai.project.internal.progress;

import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monthly report (月度调度) form: the user's projects that have a month open for reporting. */
@Controller
@RequestMapping("/projects")
class ProgressPageController {

    private final ProgressLedger ledger;
    private final MessageText text;

    ProgressPageController(ProgressLedger ledger, MessageText text) {
        this.ledger = ledger;
        this.text = text;
    }

    @GetMapping("/report")
    String reportForm(@RequestParam(required = false) String code, Model model) {
        List<ProgressLedger.Reportable> open = ledger.reportable(200);
        model.addAttribute("reportable", open);
        model.addAttribute("selected", code);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProgressInput(open.isEmpty() ? "" : open.get(0).months().get(0).toString(), null, "", ""));
        }
        return "project/report";
    }

    @PostMapping("/report")
    String report(@RequestParam @MaxLength(50) String code, @ModelAttribute("form") ProgressInput form, Model model, RedirectAttributes redirect) {
        try {
            int version = ledger.report(code, form);
            redirect.addFlashAttribute("saved", version == 1 ? text.get("project.report.saved", form.month())
                    : text.get("project.report.corrected", form.month(), version));
            return "redirect:/projects/" + code;
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return reportForm(code, model);
        }
    }
}
