package org.fagai.enterprise.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fagai.shared.Years;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Safety inspections as JSON; the rectification notice as .docx. */
@ApiController("/api/v1/safety")
class SafetyApiController {

    private final Safety safety;
    private final SafetyPlans plans;
    private final SafetyStatistics statistics;
    private final NoticeDocuments documents;

    SafetyApiController(Safety safety, SafetyPlans plans, SafetyStatistics statistics, NoticeDocuments documents) {
        this.safety = safety;
        this.plans = plans;
        this.statistics = statistics;
        this.documents = documents;
    }

    @PostMapping("/plans")
    Map<String, Long> plan(@RequestBody SafetyCommands.Plan command) {
        return Map.of("id", plans.plan(command));
    }

    @PostMapping("/inspections")
    ResponseEntity<Map<String, Object>> inspect(@RequestBody SafetyCommands.Inspection command) {
        long id = safety.inspect(command);
        return ResponseEntity.created(URI.create("/api/v1/safety/inspections/" + id)).body(Map.of("id", id,
                "hazards", statistics.hazardsOf(id)));
    }

    @GetMapping("/hazards/{id}")
    HazardView hazard(@PathVariable long id) {
        return safety.get(id);
    }

    @PostMapping("/hazards/{id}/notice")
    HazardView notice(@PathVariable long id, @RequestBody SafetyCommands.Notice command) {
        return safety.notice(id, command);
    }

    @GetMapping("/hazards/{id}/notice.docx")
    ResponseEntity<byte[]> noticeDocument(@PathVariable long id) {
        return documents.download(id);
    }

    /** A photo of a hazard (JPEG or PNG by content, at most 5 MB, 9 a hazard) through the shared upload guard. */
    @PostMapping("/hazards/{id}/photos")
    ResponseEntity<Map<String, Long>> photo(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        long photo = safety.photo(id, file);
        return ResponseEntity.created(URI.create("/enterprises/photos/" + photo)).body(Map.of("id", photo));
    }

    @PostMapping("/hazards/{id}/rectification")
    HazardView rectify(@PathVariable long id, @RequestBody SafetyCommands.Rectification command) {
        return safety.rectify(id, command);
    }

    @PostMapping("/hazards/{id}/follow-up")
    HazardView followUp(@PathVariable long id, @RequestBody SafetyCommands.FollowUp command) {
        return safety.followUp(id, command);
    }

    @PostMapping("/follow-ups/sample")
    Map<String, List<Long>> sample(@RequestBody(required = false) SafetyCommands.Sample command) {
        return Map.of("hazards", plans.sample(command));
    }

    @GetMapping("/stats")
    SafetyStatistics.Stats stats(@RequestParam String month) {
        return statistics.month(Years.month("month", month));
    }
}
