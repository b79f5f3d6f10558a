package org.fagai.supervision.internal;

import java.util.List;
import org.fagai.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files of an item: upload (multipart {@code file}), list, download. */
@ApiController("/api/v1/supervision/items/{id}/evidence")
class EvidenceApi extends LoopConflicts {

    private final EvidenceFiles evidence;

    EvidenceApi(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    @PostMapping
    ResponseEntity<EvidenceFiles.EvidenceView> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(evidence.upload(id, file));
    }

    @GetMapping
    List<EvidenceFiles.EvidenceView> list(@PathVariable long id) {
        return evidence.list(id);
    }

    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        return evidence.content(id, fileId).download();
    }
}
