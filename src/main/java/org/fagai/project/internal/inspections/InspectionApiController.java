package org.fagai.project.internal.inspections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.fagai.project.internal.photos.PhotoView;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Site inspections (巡查) of a project: record one (its finding optionally raised as a blocker), add photos, list. */
@ApiController("/api/v1/projects")
class InspectionApiController {

    private final Inspections inspections;
    private final Formats fmt;

    InspectionApiController(Inspections inspections, Formats fmt) {
        this.inspections = inspections;
        this.fmt = fmt;
    }

    @PostMapping("/{code}/inspections")
    ResponseEntity<Inspection> record(@PathVariable @MaxLength(50) String code, @RequestBody InspectionInput input) {
        Inspection inspection = inspections.record(code, input);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(inspection.id()))
                .body(inspection);
    }

    @GetMapping("/{code}/inspections")
    List<Inspection> list(@PathVariable @MaxLength(50) String code) {
        return inspections.ofProject(code);
    }

    @PostMapping("/{code}/inspections/{id}/photos")
    ResponseEntity<Map<String, Object>> photo(@PathVariable @MaxLength(50) String code, @PathVariable long id,
                                              @RequestParam("file") MultipartFile file) {
        PhotoView photo = inspections.addPhoto(code, id, file.getOriginalFilename(), bytes(file));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", photo.id(), "flags", photo.flags(), "notes", photo.notes(fmt)));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
