package org.fagai.project.internal.milestones;

import org.fagai.project.internal.registry.InvestmentType;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 前期手续 of a project (the chain; record one; its file) and the required kinds per investment type. */
@ApiController("/api/v1/projects")
class MilestoneApiController {

    /** The required kinds of one investment type, in order. */
    record Requirements(List<String> kinds) {
    }

    private final MilestoneBook milestones;
    private final MilestoneFiles files;
    private final MilestoneRequirements requirements;

    MilestoneApiController(MilestoneBook milestones, MilestoneFiles files, MilestoneRequirements requirements) {
        this.milestones = milestones;
        this.files = files;
        this.requirements = requirements;
    }

    @GetMapping("/{code}/milestones")
    MilestoneChain chain(@PathVariable @MaxLength(30) String code) {
        return milestones.chain(code);
    }

    @PostMapping("/{code}/milestones")
    ResponseEntity<MilestoneView> record(@PathVariable @MaxLength(30) String code, @RequestBody MilestoneInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(milestones.record(code, input));
    }

    @PostMapping("/{code}/milestones/{kind}/file")
    MilestoneView attach(@PathVariable @MaxLength(30) String code, @PathVariable @MaxLength(30) String kind,
                         @RequestParam(required = false) MultipartFile file) {
        return files.attach(code, kind, file);
    }

    @GetMapping("/{code}/milestones/{kind}/file")
    ResponseEntity<byte[]> file(@PathVariable @MaxLength(30) String code, @PathVariable @MaxLength(30) String kind) {
        return files.download(code, kind);
    }

    @GetMapping("/milestone-requirements")
    Map<InvestmentType, List<MilestoneKind>> requirements() {
        return requirements.all();
    }

    @PutMapping("/milestone-requirements/{type}")
    List<MilestoneKind> replace(@PathVariable InvestmentType type, @RequestBody Requirements body) {
        return requirements.replace(type, body.kinds());
    }
}
