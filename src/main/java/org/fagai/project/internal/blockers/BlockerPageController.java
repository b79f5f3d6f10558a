package org.fagai.project.internal.blockers;

import org.fagai.project.internal.meetings.MeetingBook;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The blockers board (问题台账): every open problem in the user's scope, overdue ones first flagged. */
@Controller
@RequestMapping("/projects/blockers")
class BlockerPageController {

    private final BlockerBook blockers;
    private final MeetingBook meetings;
    private final MessageText text;

    BlockerPageController(BlockerBook blockers, MeetingBook meetings, MessageText text) {
        this.blockers = blockers;
        this.meetings = meetings;
        this.text = text;
    }

    @GetMapping
    String board(@RequestParam(required = false) BlockerStatus status, @RequestParam(required = false) BlockerCategory category,
                 @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("blockers", blockers.board(status, category, overdue, null, 500));
        model.addAttribute("statuses", BlockerStatus.values());
        model.addAttribute("categories", BlockerCategory.values());
        model.addAttribute("meetings", meetings.list());
        return "project/blockers";
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam @MaxLength(MaxLength.TEXT) String resolution, RedirectAttributes redirect) {
        try {
            blockers.resolve(id, resolution);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/blockers";
    }
}
