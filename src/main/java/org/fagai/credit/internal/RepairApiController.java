package org.fagai.credit.internal;

import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Online credit repair over the API: an enterprise applies (multipart, with its materials); staff decide. */
@ApiController("/api/v1/credit/repairs")
class RepairApiController {

    private final RepairApplications repairs;

    RepairApiController(RepairApplications repairs) {
        this.repairs = repairs;
    }

    @PostMapping
    ResponseEntity<RepairApplicationView> apply(@RequestParam long penaltyId,
                                                @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason,
                                                @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String commitment,
                                                @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return ResponseEntity.status(HttpStatus.CREATED).body(repairs.find(repairs.apply(penaltyId, reason, commitment, files)));
    }

    @PostMapping("/{id}/decide")
    RepairApplicationView decide(@PathVariable long id, @RequestBody Decision decision) {
        return repairs.decide(id, decision.granted(), decision.reason());
    }

    @GetMapping("/{id}")
    RepairApplicationView get(@PathVariable long id) {
        return repairs.find(id);
    }

    @GetMapping
    ListPage<RepairApplicationView> list(@RequestParam(required = false) @MaxLength(10) String status,
                                         @RequestParam(defaultValue = "0") @PageNumber int page,
                                         @RequestParam(defaultValue = "20") @PageSize int size) {
        return repairs.list(status, page, size);
    }

    record Decision(Boolean granted, @MaxLength(MaxLength.TEXT) String reason) {
    }
}
