package org.fagai.project.internal.inspections;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.ProjectPageSection;
import org.fagai.project.internal.blockers.BlockerCategory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.UploadRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project page's inspections panel (loaded by htmx) and the form staff record an inspection with. */
@Controller("projectInspectionPageController")
class InspectionPageController {

    private final Inspections inspections;
    private final MessageText text;
    private final Clock clock;
    private final Formats fmt;

    InspectionPageController(Inspections inspections, MessageText text, Clock clock, Formats fmt) {
        this.inspections = inspections;
        this.fmt = fmt;
        this.text = text;
        this.clock = clock;
    }

    @Bean
    static ProjectPageSection inspectionSection() {
        return new ProjectPageSection("/projects/{code}/inspections/panel");
    }

    @GetMapping("/projects/{code}/inspections/panel")
    String panel(@PathVariable @MaxLength(50) String code, Model model) {
        model.addAttribute("inspections", inspections.ofProject(code));
        model.addAttribute("projectCode", code);
        model.addAttribute("categories", BlockerCategory.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "project/inspections :: panel";
    }

    @PostMapping("/projects/{code}/inspections")
    String record(@PathVariable @MaxLength(50) String code,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
                  @RequestParam(required = false) @MaxLength(200) String inspectors,
                  @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String findings,
                  @RequestParam(defaultValue = "false") boolean raiseBlocker,
                  @RequestParam(required = false) @MaxLength(20) String category,
                  @RequestParam(required = false) @MaxLength(100) String department,
                  @RequestParam(value = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) {
        try {
            Inspection inspection = inspections.record(code, new InspectionInput(inspectedOn, inspectors, findings,
                    raiseBlocker ? new InspectionInput.Finding(category, department, null) : null));
            List<String> notes = new ArrayList<>();
            for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
                if (photo.isEmpty()) {
                    continue;
                }
                try {
                    inspections.addPhoto(code, inspection.id(), photo.getOriginalFilename(), InspectionApiController.bytes(photo));
                } catch (UploadRefused e) {
                    notes.add(text.get("project.photo.refused", photo.getOriginalFilename(), fmt.stored(e.reason())));
                }
            }
            redirect.addFlashAttribute("saved", text.get("project.inspection.saved"));
            redirect.addFlashAttribute("photoNotes", notes);
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
