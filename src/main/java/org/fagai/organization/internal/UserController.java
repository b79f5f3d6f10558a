package org.fagai.organization.internal;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.Role;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.FormErrors;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.data.domain.Page;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserController {

    private final UserAdministration users;
    private final DepartmentAdministration departments;
    private final MessageText text;
    private final AuditLog audit;

    UserController(UserAdministration users, DepartmentAdministration departments, MessageText text, AuditLog audit) {
        this.users = users;
        this.departments = departments;
        this.text = text;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) String region, @RequestParam(required = false) Boolean enabled,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        Page<UserView> result = users.search(new UserQuery(q, role, region, enabled, page, size));
        model.addAttribute("users", result.getContent());
        model.addAttribute("roles", Role.values());
        model.addAttribute("pager", new Pagination(page, result.getSize(), result.getTotalElements(),
                Map.of("q", str(q), "role", role == null ? "" : role.name(), "region", str(region),
                        "enabled", enabled == null ? "" : enabled.toString())));
        return "admin/users";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q,
                                                 @RequestParam(required = false) Role role,
                                                 @RequestParam(required = false) String region,
                                                 @RequestParam(required = false) Boolean enabled) {
        List<UserView> rows = users.search(new UserQuery(q, role, region, enabled, 0, 10_000)).getContent();
        audit.record(AuditAction.EXPORT, "user", null, StoredText.of("user.audit.users.export", rows.size()));
        List<String> headers = Arrays.asList(text.get("user.username"), text.get("user.displayName"), text.get("user.role"),
                text.get("user.region"), text.get("user.department"), text.get("user.ownerUnit"),
                text.get("user.ownerCreditCode"), text.get("common.enabled"), text.get("user.locked"));
        List<List<?>> data = rows.stream().<List<?>>map(u -> Arrays.asList(u.username(), u.displayName(),
                text.get(u.role().labelKey()), u.regionName() + "(" + u.regionCode() + ")", u.departmentName(),
                u.ownerUnit(), u.ownerCreditCode(), u.enabled(), u.locked())).toList();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("user.export.file")))
                .body(out -> ExcelExport.write(out, text.get("nav.users"), headers, data));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, null, UserForm.empty(""));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        model.addAttribute("user", user);
        return form(model, id, user.toForm());
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") UserForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding));
            return reform(model, id, form);
        }
        try {
            if (id == null) {
                users.create(form);
            } else {
                users.update(id, form);
            }
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return reform(model, id, form);
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", List.of(new FieldErrors.FieldError("form", e.getMessage())));
            return reform(model, id, form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam @MaxLength(72) String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("saved", text.get("user.password.reset.done"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("saved", text.get("user.unlock.done"));
        return "redirect:/admin/users/" + id;
    }

    private String reform(Model model, Long id, UserForm form) {
        if (id != null) {
            model.addAttribute("user", users.get(id));
        }
        return form(model, id, form);
    }

    private String form(Model model, Long id, UserForm form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departments.list());
        return "admin/user-form";
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
