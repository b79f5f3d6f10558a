package org.fagai.project.internal.stoppages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.project.ProjectPageSection;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project page's 停复工 panel (loaded by htmx) and its forms. */
@Controller
class StoppagePageController {

    private final Stoppages stoppages;
    private final MessageText text;
    private final Clock clock;

    StoppagePageController(Stoppages stoppages, MessageText text, Clock clock) {
        this.stoppages = stoppages;
        this.text = text;
        this.clock = clock;
    }

    @Bean
    static ProjectPageSection stoppageSection() {
        return new ProjectPageSection("/projects/{code}/stoppages/panel");
    }

    @GetMapping("/projects/{code}/stoppages/panel")
    String panel(@PathVariable @MaxLength(50) String code, Model model) {
        List<Stoppage> history = stoppages.history(code);
        model.addAttribute("stoppages", history);
        model.addAttribute("current", history.stream().filter(Stoppage::open).findFirst().orElse(null));
        model.addAttribute("projectCode", code);
        model.addAttribute("today", LocalDate.now(clock));
        return "project/stoppages :: panel";
    }

    @PostMapping("/projects/{code}/stoppages")
    String report(@PathVariable @MaxLength(50) String code,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedResume,
                  RedirectAttributes redirect) {
        return act(code, redirect, () -> stoppages.report(code, new StoppageInput(from, reason, expectedResume)), "project.stoppage.reported");
    }

    @PostMapping("/projects/{code}/stoppages/{id}/confirm")
    String confirm(@PathVariable @MaxLength(50) String code, @PathVariable long id, RedirectAttributes redirect) {
        return act(code, redirect, () -> stoppages.confirm(code, id), "project.stoppage.confirmed");
    }

    @PostMapping("/projects/{code}/stoppages/{id}/resume")
    String resume(@PathVariable @MaxLength(50) String code, @PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String note, RedirectAttributes redirect) {
        return act(code, redirect, () -> stoppages.resume(code, id, new ResumeInput(on, note)), "project.stoppage.resumed");
    }

    private String act(String code, RedirectAttributes redirect, Runnable action, String savedKey) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", text.get(savedKey));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
