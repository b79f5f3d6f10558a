package org.fagai.project.internal.milestones;

import org.fagai.project.ProjectPageSection;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.UploadRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The 前期手续 panel of the project page (the chain: done, missing, overdue) and its form. */
@Controller
class MilestonePageController {

    private final MilestoneBook milestones;
    private final MilestoneFiles files;
    private final MessageText text;

    MilestonePageController(MilestoneBook milestones, MilestoneFiles files, MessageText text) {
        this.milestones = milestones;
        this.files = files;
        this.text = text;
    }

    @Bean
    static ProjectPageSection milestonePanel() {
        return new ProjectPageSection("/projects/{code}/milestones/panel");
    }

    @GetMapping("/projects/{code}/milestones/panel")
    String panel(@PathVariable @MaxLength(30) String code, Model model) {
        model.addAttribute("chain", milestones.chain(code));
        model.addAttribute("kinds", MilestoneKind.values());
        return "project/milestones :: panel";
    }

    @PostMapping("/projects/{code}/milestones")
    String record(@PathVariable @MaxLength(30) String code, @ModelAttribute MilestoneInput input,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            MilestoneView saved = milestones.record(code, input);
            if (file != null && !file.isEmpty()) {
                files.attach(code, saved.kind().name(), file);
            }
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (UploadRefused e) {
            redirect.addFlashAttribute("errors", java.util.List.of(new FieldErrors.FieldError("file", e.reason())));
        }
        return "redirect:/projects/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/projects/{code}/milestones/{kind}/file")
    ResponseEntity<byte[]> file(@PathVariable @MaxLength(30) String code, @PathVariable @MaxLength(30) String kind) {
        return files.download(code, kind);
    }
}
