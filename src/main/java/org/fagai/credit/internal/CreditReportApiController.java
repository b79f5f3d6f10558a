package org.fagai.credit.internal;

import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code GET /api/v1/credit/reports/{creditCode}}: the enterprise's credit report (.docx), its code in X-Verification-Code. */
@ApiController("/api/v1/credit/reports")
class CreditReportApiController {

    private final CreditReports reports;

    CreditReportApiController(CreditReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{creditCode}")
    ResponseEntity<byte[]> report(@PathVariable @MaxLength(50) String creditCode) {
        return CreditReportController.download(reports.generate(creditCode));
    }
}
