package org.fagai.credit.internal;

import java.util.Map;
import org.fagai.credit.Incentive;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The red-list page: entries in force and past, the form to add one, removal with a reason. */
@Controller
class RedListController {

    private final RedList redList;
    private final MessageText text;

    RedListController(RedList redList, MessageText text) {
        this.redList = redList;
        this.text = text;
    }

    @GetMapping("/credit/red-list")
    String list(@RequestParam(required = false) @MaxLength(200) String q, @RequestParam(required = false) Boolean inForce,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        ListPage<RedListEntryView> result = redList.search(q, inForce, page, size);
        model.addAttribute("entries", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(),
                Map.of("q", q == null ? "" : q, "inForce", inForce == null ? "" : inForce.toString())));
        model.addAttribute("incentives", Incentive.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RedListForm.empty());
        }
        return "credit/red-list";
    }

    @PostMapping("/credit/red-list")
    String add(@ModelAttribute RedListForm form, RedirectAttributes redirect) {
        try {
            redList.add(form);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/credit/red-list";
    }

    @PostMapping("/credit/red-list/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason,
                  RedirectAttributes redirect) {
        try {
            redList.remove(id, reason);
            redirect.addFlashAttribute("saved", text.get("credit.redList.removed"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/credit/red-list";
    }
}
