package org.fagai.enterprise.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Years;
import org.fagai.shared.web.ApiController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Safety inspections as JSON; the rectification notice as .docx. */
@ApiController("/api/v1/safety")
class SafetyApiController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Safety safety;
    private final SafetyStatistics statistics;
    private final String issuer;

    SafetyApiController(Safety safety, SafetyStatistics statistics,
                        @Value("${fagai.enterprise.safety-issuer:示范市安全生产检查工作组}") String issuer) {
        this.safety = safety;
        this.statistics = statistics;
        this.issuer = issuer;
    }

    @PostMapping("/plans")
    Map<String, Long> plan(@RequestBody SafetyCommands.Plan command) {
        return Map.of("id", safety.plan(command));
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
        HazardView h = safety.get(id);
        if (h.noticeNumber() == null) {
            throw FieldErrors.of("id", "该隐患尚未下达整改通知书");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DOCX);
        headers.setContentDisposition(ContentDisposition.attachment().filename("整改通知书-" + h.noticeNumber() + ".docx",
                StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(RectificationNotice.write(h, h.enterpriseName(), issuer, h.deadline()));
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
        return Map.of("hazards", safety.sample(command));
    }

    @GetMapping("/stats")
    SafetyStatistics.Stats stats(@RequestParam String month) {
        return statistics.month(Years.month("month", month));
    }
}
