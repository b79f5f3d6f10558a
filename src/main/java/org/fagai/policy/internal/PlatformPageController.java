package org.fagai.policy.internal;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reserve of innovation platforms: the list with evaluation dates flagged, a new platform, the next step. */
@Controller
class PlatformPageController {

    private final Platforms platforms;

    PlatformPageController(Platforms platforms) {
        this.platforms = platforms;
    }

    @GetMapping("/innovation-platforms")
    String list(@RequestParam(required = false) @MaxLength(12) String status, Model model) {
        model.addAttribute("platforms", platforms.list(status == null || status.isBlank() ? null : status));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("kinds", Platforms.KINDS);
        model.addAttribute("levels", Platforms.LEVELS);
        model.addAttribute("statuses", PlatformStatus.values());
        return "policy/platforms";
    }

    @PostMapping("/innovation-platforms")
    String create(@ModelAttribute Platforms.New command) {
        platforms.create(command);
        return "redirect:/innovation-platforms";
    }

    @PostMapping("/innovation-platforms/{id}/status")
    String advance(@PathVariable long id, @RequestParam @MaxLength(12) String status,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   @RequestParam(required = false) @MaxLength(500) String note) {
        platforms.advance(id, new Platforms.Step(status, on, note));
        return "redirect:/innovation-platforms";
    }
}
