package org.fagai.project.internal.meetings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Print view (A4, no navigation) of a joint meeting's minutes. */
@Controller
class MeetingPrintController {

    private final MeetingBook meetings;

    MeetingPrintController(MeetingBook meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/projects/meetings/{id}/print")
    String minutes(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.view(id));
        model.addAttribute("backLink", "/projects/meetings/" + id);
        return "project/print-minutes";
    }
}
