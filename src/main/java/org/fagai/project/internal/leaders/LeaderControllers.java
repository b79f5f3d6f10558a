package org.fagai.project.internal.leaders;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.organization.Role;
import org.fagai.project.ProjectPageSection;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The leaders panel of the project page (assign, remove) and a leader's page of his own projects (我包保的项目). */
@Controller
class LeaderControllers {

    private final LeaderBook leaders;
    private final MessageText text;

    LeaderControllers(LeaderBook leaders, MessageText text) {
        this.leaders = leaders;
        this.text = text;
    }

    @Bean
    static ProjectPageSection leadersPanel() {
        return new ProjectPageSection("/projects/{code}/leaders/panel");
    }

    @Bean
    static MenuContributor leadersMenu() {
        return () -> List.of(MenuEntry.forRoles("nav.projectsGroup", 105, "my-projects", "project.leaders.mine", "/projects/mine",
                Role.LEADER));
    }

    @GetMapping("/projects/{code}/leaders/panel")
    String panel(@PathVariable @MaxLength(30) String code, Model model) {
        model.addAttribute("projectCode", code);
        model.addAttribute("leaders", leaders.leadersOf(code));
        model.addAttribute("candidates", leaders.candidates());
        return "project/leaders :: panel";
    }

    @PostMapping("/projects/{code}/leaders")
    String assign(@PathVariable @MaxLength(30) String code, @ModelAttribute LeaderBook.Assignment assignment, RedirectAttributes redirect) {
        return run(code, redirect, () -> leaders.assign(code, assignment));
    }

    @PostMapping("/projects/{code}/leaders/{username}/remove")
    String remove(@PathVariable @MaxLength(30) String code, @PathVariable @MaxLength(50) String username, RedirectAttributes redirect) {
        return run(code, redirect, () -> leaders.remove(code, username));
    }

    @GetMapping("/projects/mine")
    String mine(@RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        int rows = Math.min(size, 200);
        LeaderBook.Page result = leaders.mine(page, rows);
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, rows, result.total(), Map.of()));
        return "project/mine";
    }

    private String run(String code, RedirectAttributes redirect, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }
}
