package org.fagai.enterprise.internal;

import java.time.LocalDateTime;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hazard's page and its steps: the 整改通知书 (form, print view, .docx), the rectification with evidence (also by the
 * enterprise's own account), the 回头看, further photos. The steps the user may take are shown; the services decide.
 */
@Controller
@RequestMapping("/safety/hazards/{id}")
class HazardPageController {

    private final Safety safety;
    private final NoticeDocuments documents;
    private final Photos photos;
    private final EnterpriseAccess access;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final MessageText text;

    HazardPageController(Safety safety, NoticeDocuments documents, Photos photos, EnterpriseAccess access,
                         OrganizationDirectory directory, WorkingCalendar calendar, MessageText text) {
        this.safety = safety;
        this.documents = documents;
        this.photos = photos;
        this.access = access;
        this.directory = directory;
        this.calendar = calendar;
        this.text = text;
    }

    @GetMapping
    String hazard(@PathVariable long id, Model model) {
        CurrentUser user = access.reader();
        HazardView h = safety.get(id);
        model.addAttribute("h", h);
        model.addAttribute("foundPhotos", photos.of(Safety.HAZARD_PHOTO, id));
        model.addAttribute("evidencePhotos", photos.of(Safety.RECTIFICATION_PHOTO, id));
        model.addAttribute("keeper", EnterprisePageController.keeper(user));
        model.addAttribute("handler", !user.role().unitAccount());
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
        model.addAttribute("maxDays", Safety.MAX_DAYS);
        model.addAttribute("remaining", remainingMinutes(h));
        return "enterprise/hazard";
    }

    record NoticeForm(@MaxLength(MaxLength.TEXT) String measures, Integer workingDays, Long departmentId, Long leadPersonId) {
    }

    @PostMapping("/notice")
    String notice(@PathVariable long id, @ModelAttribute NoticeForm form, RedirectAttributes redirect) {
        return step(id, redirect, "measures", () -> safety.notice(id, new SafetyCommands.Notice(form.measures(), form.workingDays(),
                form.departmentId(), form.leadPersonId())));
    }

    @GetMapping("/notice")
    String printNotice(@PathVariable long id, Model model) {
        HazardView h = safety.get(id);
        if (h.noticeNumber() == null) {
            throw FieldErrors.of("id", StoredText.of("enterprise.error.hazardNoNotice"));
        }
        model.addAttribute("h", h);
        model.addAttribute("issuer", documents.issuer());
        model.addAttribute("backLink", "/safety/hazards/" + id);
        return "enterprise/notice-print";
    }

    @GetMapping("/notice.docx")
    ResponseEntity<byte[]> noticeDocument(@PathVariable long id) {
        return documents.download(id);
    }

    record RectificationForm(@MaxLength(MaxLength.TEXT) String rectification, @MaxLength(MaxLength.TEXT) String evidence) {
    }

    @PostMapping("/rectification")
    String rectify(@PathVariable long id, @ModelAttribute RectificationForm form,
                   @RequestParam(value = "photo", required = false) MultipartFile photo, RedirectAttributes redirect) {
        return step(id, redirect, "photo", () -> safety.rectify(id, new SafetyCommands.Rectification(form.rectification(),
                form.evidence()), photo));
    }

    record FollowUpForm(Boolean confirmed, @MaxLength(MaxLength.TEXT) String result, Integer workingDays) {
    }

    @PostMapping("/follow-up")
    String followUp(@PathVariable long id, @ModelAttribute FollowUpForm form, RedirectAttributes redirect) {
        return step(id, redirect, "confirmed", () -> safety.followUp(id, new SafetyCommands.FollowUp(form.confirmed(), form.result(),
                form.workingDays())));
    }

    @PostMapping("/photos")
    String photo(@PathVariable long id, @RequestParam(value = "photo", required = false) MultipartFile photo,
                 RedirectAttributes redirect) {
        return step(id, redirect, "photo", () -> safety.photo(id, photo));
    }

    private String step(long id, RedirectAttributes redirect, String uploadField, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("errors", UploadErrors.of(uploadField, e));
        }
        return "redirect:/safety/hazards/" + id;
    }

    /** Working minutes left to the rectification deadline (negative when overdue), while the hazard is being rectified. */
    private Long remainingMinutes(HazardView h) {
        if (h.deadline() == null || (h.state() != HazardState.NOTICE_ISSUED && h.state() != HazardState.RECTIFIED)) {
            return null;
        }
        WorkCalendar cal = calendar.current();
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        LocalDateTime end = cal.endOfWorkday(h.deadline());
        return now.isAfter(end) ? -cal.workingMinutesBetween(end, now) : cal.workingMinutesBetween(now, end);
    }
}
