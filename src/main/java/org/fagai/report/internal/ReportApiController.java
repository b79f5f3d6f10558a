package org.fagai.report.internal;

import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/reports")
class ReportApiController {

    private final BriefDownloads downloads;

    ReportApiController(BriefDownloads downloads) {
        this.downloads = downloads;
    }

    /** 经济运行简报 as .docx, e.g. {@code ?region=339900&period=2023-12}. */
    @GetMapping("/economic-brief")
    ResponseEntity<byte[]> economicBrief(@RequestParam(required = false) String region, @RequestParam String period) {
        return downloads.download(region, period);
    }
}
