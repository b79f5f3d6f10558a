package org.fagai.organization.internal;

import jakarta.validation.Valid;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.FormErrors;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/departments")
class DepartmentController {

    private final DepartmentAdministration departments;
    private final MessageText text;

    DepartmentController(DepartmentAdministration departments, MessageText text) {
        this.departments = departments;
        this.text = text;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", departments.list());
        return "admin/departments";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, null, DepartmentForm.empty(""));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        DepartmentView d = departments.get(id);
        return form(model, id, new DepartmentForm(d.name(), d.regionCode(), d.sortOrder(), d.enabled()));
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") DepartmentForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding));
            return form(model, id, form);
        }
        try {
            if (id == null) {
                departments.create(form);
            } else {
                departments.update(id, form);
            }
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return form(model, id, form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/admin/departments";
    }

    private String form(Model model, Long id, DepartmentForm form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        return "admin/department-form";
    }
}
