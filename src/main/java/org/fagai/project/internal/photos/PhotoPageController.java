package org.fagai.project.internal.photos;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.project.ProjectPageSection;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.UploadRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project page's photo gallery by month, the pictures themselves, and a single photo sent from a page. */
@Controller
class PhotoPageController {

    private final SitePhotos photos;
    private final MessageText text;
    private final Formats fmt;

    PhotoPageController(SitePhotos photos, MessageText text, Formats fmt) {
        this.photos = photos;
        this.text = text;
        this.fmt = fmt;
    }

    @Bean
    static ProjectPageSection photoGallerySection() {
        return new ProjectPageSection("/projects/{code}/photos/panel");
    }

    @GetMapping("/projects/{code}/photos/panel")
    String panel(@PathVariable @MaxLength(50) String code, Model model) {
        Map<YearMonth, List<PhotoView>> byMonth = new LinkedHashMap<>();
        photos.ofProject(code).stream().filter(p -> p.inspectionId() == null)
                .forEach(p -> byMonth.computeIfAbsent(p.month(), m -> new ArrayList<>()).add(p));
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("projectCode", code);
        return "project/photos :: panel";
    }

    @PostMapping("/projects/{code}/progress/{month}/photos")
    String upload(@PathVariable @MaxLength(50) String code, @PathVariable @MaxLength(20) String month,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        YearMonth m = Years.month("month", month);
        try {
            PhotoView photo = photos.addToReport(code, m, file.getOriginalFilename(), PhotoApiController.bytes(file));
            redirect.addFlashAttribute("photoNotes", List.of(photo.storedNotes().isEmpty() ? text.get("project.photo.kept", photo.fileName())
                    : text.get("project.photo.keptFlagged", photo.fileName(), photo.notesText(fmt))));
        } catch (UploadRefused e) {
            redirect.addFlashAttribute("photoNotes", List.of(text.get("project.photo.refused", file.getOriginalFilename(), fmt.stored(e.reason()))));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("photoNotes",
                    List.of(text.get("project.photo.refused", file.getOriginalFilename(), e.errors().get(0).message())));
        }
        return "redirect:/projects/report?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    @GetMapping("/projects/{code}/photos/{id}")
    ResponseEntity<byte[]> display(@PathVariable @MaxLength(50) String code, @PathVariable long id) {
        return PhotoApiController.image(photos.image(code, id, false));
    }

    @GetMapping("/projects/{code}/photos/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable @MaxLength(50) String code, @PathVariable long id) {
        return PhotoApiController.image(photos.image(code, id, true));
    }
}
