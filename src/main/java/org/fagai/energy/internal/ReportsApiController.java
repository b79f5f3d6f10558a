package org.fagai.energy.internal;

import java.net.URI;
import java.util.Map;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Monthly energy reports over JSON: amounts in each type's unit, figures in tce (当量值) and t CO₂. */
@ApiController("/api/v1/energy/reports")
class ReportsApiController {

    private final Reports reports;
    private final ReportImport imports;

    ReportsApiController(Reports reports, ReportImport imports) {
        this.reports = reports;
        this.imports = imports;
    }

    /** All rows or none: 200 with the counts, or 422 with every error as {row, column, value, message}. */
    @PostMapping("/import")
    Map<String, Object> importFile(@RequestParam("file") MultipartFile file) {
        return ReportImport.resultJson(imports.importXlsx(file));
    }

    @GetMapping("/import")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(Downloads.bytes(imports::template));
    }

    @PostMapping
    ResponseEntity<ReportView> submit(@RequestBody ReportCommand command) {
        ReportView report = reports.submit(command);
        return ResponseEntity.created(URI.create("/api/v1/energy/reports/" + report.id())).body(report);
    }

    @GetMapping("/{id}")
    ReportView get(@PathVariable long id) {
        return reports.get(id);
    }
}
