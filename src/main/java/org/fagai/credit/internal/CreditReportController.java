package org.fagai.credit.internal;

import java.nio.charset.StandardCharsets;
import org.fagai.shared.MaxLength;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The credit report: {@code GET /api/v1/credit/reports/{creditCode}} (and the same file for a signed-in page user at
 * {@code /credit/reports/{creditCode}}), its verification code in the {@code X-Verification-Code} header; the public
 * check of a code at {@code /public/credit/verify}.
 */
@Controller
class CreditReportController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CreditReports reports;

    CreditReportController(CreditReports reports) {
        this.reports = reports;
    }

    @GetMapping("/credit/reports/{creditCode}")
    ResponseEntity<byte[]> report(@PathVariable @MaxLength(50) String creditCode) {
        return download(reports.generate(creditCode));
    }

    static ResponseEntity<byte[]> download(CreditReports.Report report) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DOCX);
        headers.setContentDisposition(ContentDisposition.attachment().filename(report.fileName(), StandardCharsets.UTF_8).build());
        headers.set("X-Verification-Code", report.verificationCode());
        return ResponseEntity.ok().headers(headers).body(report.docx());
    }

    @GetMapping("/public/credit/verify")
    String verify(@RequestParam(required = false) @MaxLength(32) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("verification", reports.verify(code).orElse(null));
        return "public/credit-verify";
    }
}
