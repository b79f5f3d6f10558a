package org.fagai.report.internal;

import java.nio.charset.StandardCharsets;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of the work summary: the drafted sentences, what is missing, the figures, and the .docx download. */
@Controller
@RequestMapping("/reports/work-summary")
class WorkSummaryPageController {

    private final WorkSummaries summaries;

    WorkSummaryPageController(WorkSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping
    String page(@RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(required = false) @MaxLength(6) String region,
                @RequestParam(defaultValue = "false") boolean half, Model model) {
        WorkSummaryDraft draft = summaries.draft(year, region, half);
        model.addAttribute("draft", draft);
        model.addAttribute("half", half);
        model.addAttribute("numbered", draft.paragraphs().stream().map(p -> WorkSummaryDocx.numbered(
                draft.inPart(p.slot().part()).indexOf(p), p)).toList());
        return "report/work-summary";
    }

    @GetMapping("/download")
    ResponseEntity<byte[]> download(@RequestParam(required = false) @CalendarYear Integer year,
                                    @RequestParam(required = false) @MaxLength(6) String region,
                                    @RequestParam(defaultValue = "false") boolean half) {
        WorkSummaryDraft draft = summaries.draft(year, region, half);
        byte[] docx = summaries.document(draft);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(BriefDownloads.DOCX);
        headers.setContentLength(docx.length);
        headers.setContentDisposition(ContentDisposition.attachment().filename(draft.fileName(), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(docx);
    }
}
