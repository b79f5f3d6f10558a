package org.fagai.project.internal.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.Formats;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Site photos of the monthly report: upload (multipart {@code file}), list, the display copy and the thumbnail. */
@ApiController("/api/v1/projects")
class PhotoApiController {

    private final SitePhotos photos;
    private final Formats fmt;

    PhotoApiController(SitePhotos photos, Formats fmt) {
        this.photos = photos;
        this.fmt = fmt;
    }

    @PostMapping("/{code}/progress/{month}/photos")
    ResponseEntity<Map<String, Object>> upload(@PathVariable @MaxLength(50) String code, @PathVariable @MaxLength(20) String month,
                                               @RequestParam("file") MultipartFile file) {
        PhotoView photo = photos.addToReport(code, Years.month("month", month), file.getOriginalFilename(), bytes(file));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/projects/{code}/photos/{id}").build(code, photo.id())).body(json(photo));
    }

    @GetMapping("/{code}/photos")
    List<Map<String, Object>> list(@PathVariable @MaxLength(50) String code) {
        return photos.ofProject(code).stream().map(this::json).toList();
    }

    @GetMapping("/{code}/photos/{id}")
    ResponseEntity<byte[]> display(@PathVariable @MaxLength(50) String code, @PathVariable long id) {
        return image(photos.image(code, id, false));
    }

    @GetMapping("/{code}/photos/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable @MaxLength(50) String code, @PathVariable long id) {
        return image(photos.image(code, id, true));
    }

    static ResponseEntity<byte[]> image(byte[] jpeg) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache().cachePrivate()).body(jpeg);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo; its notes in the reader's language, as the API's other texts. */
    private Map<String, Object> json(PhotoView p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("month", p.month().toString());
        body.put("takenAt", p.takenAt() == null ? null : p.takenAt().toString());
        body.put("flags", p.flags());
        body.put("notes", p.notes(fmt));
        body.put("width", p.width());
        body.put("height", p.height());
        body.put("inspectionId", p.inspectionId());
        body.put("uploadedBy", p.uploadedBy());
        return body;
    }
}
