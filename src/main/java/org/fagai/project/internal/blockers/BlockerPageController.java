package org.fagai.project.internal.blockers;

import org.fagai.project.internal.meetings.MeetingBook;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.ItemView;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
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
    private final BlockerBoard board;
    private final MeetingBook meetings;
    private final MessageText text;
    private final BlockerLoop loop;
    private final LoopChoices choices;

    BlockerPageController(BlockerBook blockers, BlockerBoard board, MeetingBook meetings, MessageText text, BlockerLoop loop,
                          LoopChoices choices) {
        this.loop = loop;
        this.choices = choices;
        this.blockers = blockers;
        this.board = board;
        this.meetings = meetings;
        this.text = text;
    }

    @GetMapping
    String board(@RequestParam(required = false) BlockerStatus status, @RequestParam(required = false) BlockerCategory category,
                 @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                 @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") @PageNumber int page,
                 @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        BlockerBoard.Filter filter = BlockerExportController.filter(status, category, overdue, region, q, sort, desc);
        BlockerBoard.Page result = board.page(filter, page, Math.min(size, 200));
        model.addAttribute("blockers", result.items());
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, Math.min(size, 200), result.total(),
                BlockerExportController.filters(status, category, overdue, region, q, sort, desc)));
        model.addAttribute("statuses", BlockerStatus.values());
        model.addAttribute("categories", BlockerCategory.values());
        model.addAttribute("meetings", meetings.list());
        choices.addTo(model);
        return "project/blockers";
    }

    /** Puts the blocker on the 督办 loop; back to the page it was routed from (the board or the project). */
    @PostMapping("/{id}/route")
    String route(@PathVariable long id, @RequestParam(required = false) Long leadUnitId,
                 @RequestParam(required = false) Long leadPersonId,
                 @RequestParam(required = false) @MaxLength(40) String back, RedirectAttributes redirect) {
        try {
            ItemView item = loop.route(id, leadUnitId, leadPersonId);
            redirect.addFlashAttribute("saved", text.get("blocker.loop.routed", item.id(), item.leadPersonName(), item.deadline()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return back != null && back.matches("[0-9A-Z-]{1,40}") ? "redirect:/projects/" + back + "#blockers" : "redirect:/projects/blockers";
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
