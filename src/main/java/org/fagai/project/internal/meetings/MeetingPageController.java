package org.fagai.project.internal.meetings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fagai.project.internal.blockers.BlockerBook;
import org.fagai.project.internal.blockers.LoopChoices;
import org.fagai.project.internal.blockers.BlockerStatus;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joint meetings (发改联席会): agenda of unresolved blockers, decisions, minutes as .docx. */
@Controller
@RequestMapping("/projects/meetings")
class MeetingPageController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MeetingBook meetings;
    private final LoopChoices choices;
    private final BlockerBook blockers;
    private final MessageText text;

    MeetingPageController(MeetingBook meetings, BlockerBook blockers, MessageText text, LoopChoices choices) {
        this.choices = choices;
        this.meetings = meetings;
        this.blockers = blockers;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") @org.fagai.shared.web.PageNumber int page,
                @RequestParam(defaultValue = "20") @org.fagai.shared.web.PageSize int size, Model model) {
        List<MeetingView> all = meetings.list();
        int rows = Math.min(size, 200);
        int from = (int) Math.min((long) page * rows, all.size());
        model.addAttribute("meetings", all.subList(from, Math.min(all.size(), from + rows)));
        model.addAttribute("pager", new org.fagai.shared.web.Pagination(page, rows, all.size(), java.util.Map.of()));
        return "project/meetings";
    }

    @PostMapping
    String create(@RequestParam @MaxLength(200) String title, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                  @RequestParam(required = false) @MaxLength(200) String location,
                  @RequestParam(required = false) @MaxLength(50) String chair,
                  RedirectAttributes redirect) {
        try {
            long id = meetings.create(title, heldOn, location, chair);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
            return "redirect:/projects/meetings/" + id;
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/projects/meetings";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MeetingView meeting = meetings.view(id);
        model.addAttribute("meeting", meeting);
        List<Long> onAgenda = meeting.items().stream().map(i -> i.blocker().id()).toList();
        model.addAttribute("candidates", blockers.board(BlockerStatus.OPEN, null, false, null, 300).stream()
                .filter(b -> !onAgenda.contains(b.id())).toList());
        choices.addTo(model);
        return "project/meeting";
    }

    @PostMapping("/{id}/agenda")
    String addToAgenda(@PathVariable long id, @RequestParam(name = "blockerIds", required = false) List<Long> blockerIds,
                       RedirectAttributes redirect) {
        try {
            meetings.addToAgenda(id, blockerIds == null ? List.of() : blockerIds);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/meetings/" + id;
    }

    @PostMapping("/{id}/items/{itemId}")
    String decide(@PathVariable long id, @PathVariable long itemId, @RequestParam @MaxLength(MaxLength.TEXT) String decision,
                  @RequestParam(required = false) @MaxLength(100) String ownerDepartment,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(required = false) Long leadUnitId, @RequestParam(required = false) Long leadPersonId,
                  RedirectAttributes redirect) {
        try {
            meetings.decide(id, itemId, decision, ownerDepartment, deadline, leadUnitId, leadPersonId);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/meetings/" + id;
    }

    @GetMapping("/{id}/minutes.docx")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        MeetingView meeting = meetings.view(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeetingMinutes.write(meeting, out);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DOCX);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(meeting.title() + "会议纪要.docx", StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(out.toByteArray());
    }
}
