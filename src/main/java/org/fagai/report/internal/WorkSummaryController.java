package org.fagai.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 年度 / 上半年工作总结 drafted from data: the .docx and its figures as JSON. */
@ApiController("/api/v1/reports")
class WorkSummaryController {

    private final WorkSummaries summaries;

    WorkSummaryController(WorkSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/annual-summary")
    ResponseEntity<byte[]> annual(@RequestParam(required = false) @CalendarYear Integer year,
                                  @RequestParam(required = false) @MaxLength(6) String region) {
        return download(summaries.draft(year, region, false));
    }

    @GetMapping("/annual-summary/figures")
    Map<String, Object> annualFigures(@RequestParam(required = false) @CalendarYear Integer year,
                                      @RequestParam(required = false) @MaxLength(6) String region) {
        return json(summaries.draft(year, region, false));
    }

    @GetMapping("/half-year-summary")
    ResponseEntity<byte[]> halfYear(@RequestParam(required = false) @CalendarYear Integer year,
                                    @RequestParam(required = false) @MaxLength(6) String region) {
        return download(summaries.draft(year, region, true));
    }

    @GetMapping("/half-year-summary/figures")
    Map<String, Object> halfYearFigures(@RequestParam(required = false) @CalendarYear Integer year,
                                        @RequestParam(required = false) @MaxLength(6) String region) {
        return json(summaries.draft(year, region, true));
    }

    static Map<String, Object> json(WorkSummaryDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", draft.scope().year());
        body.put("region", draft.scope().regionCode());
        body.put("regionName", draft.scope().regionName());
        body.put("period", draft.scope().periodLabel());
        body.put("title", draft.title());
        body.put("paragraphs", draft.paragraphs().stream().map(p -> Map.of("slot", p.slot().name(), "topic", p.topic(),
                "sentence", p.sentence())).toList());
        body.put("figures", draft.figures());
        body.put("missing", draft.missing());
        return body;
    }

    private ResponseEntity<byte[]> download(WorkSummaryDraft draft) {
        byte[] docx = summaries.document(draft);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(BriefDownloads.DOCX);
        headers.setContentLength(docx.length);
        headers.setContentDisposition(ContentDisposition.attachment().filename(draft.fileName(), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(docx);
    }
}
