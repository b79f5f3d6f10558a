package org.fagai.reference.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionForm;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.FormErrors;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
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

@Controller
@RequestMapping("/admin/regions")
class RegionController {

    private final RegionDirectory regions;
    private final MessageText text;

    RegionController(RegionDirectory regions, MessageText text) {
        this.regions = regions;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String parent,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        int pageSize = Math.min(Math.max(size, 1), 200);
        RegionDirectory.RegionSearchResult result = regions.search(q, parent, Math.max(page, 0), pageSize);
        model.addAttribute("regions", result.regions());
        model.addAttribute("parentRegion", parent == null || parent.isBlank() ? null : regions.find(parent).orElse(null));
        model.addAttribute("pager", new Pagination(Math.max(page, 0), pageSize, result.total(),
                Map.of("q", q == null ? "" : q, "parent", parent == null ? "" : parent)));
        return "admin/regions";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("form", new RegionForm(parent == null ? "" : parent, "", true));
        model.addAttribute("existing", false);
        return "admin/region-form";
    }

    @GetMapping("/{code}")
    String editForm(@PathVariable String code, Model model) {
        RegionView region = regions.get(code);
        model.addAttribute("form", new RegionForm(region.code(), region.name(), region.enabled()));
        model.addAttribute("existing", true);
        return "admin/region-form";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") RegionForm form, BindingResult binding,
                @RequestParam(defaultValue = "false") boolean existing, Model model, RedirectAttributes redirect) {
        model.addAttribute("existing", existing);
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding));
            // a missing or unconvertible field leaves the binding without a target: show what was sent
            model.addAttribute("form", form != null ? form : new RegionForm("", "", false));
            return "admin/region-form";
        }
        try {
            regions.save(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return "admin/region-form";
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", List.of(new FieldErrors.FieldError("code", e.getMessage())));
            return "admin/region-form";
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/admin/regions?q=" + form.code();
    }
}
