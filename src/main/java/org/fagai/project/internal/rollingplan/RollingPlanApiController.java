package org.fagai.project.internal.rollingplan;

import java.math.BigDecimal;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The three-year rolling plan: an edition with its totals, its Excel, a project's figures, the roll, selection, adjustment. */
@ApiController("/api/v1/projects")
class RollingPlanApiController {

    private final RollingPlanBook book;
    private final RollingPlanChanges changes;
    private final RollingPlanSheet sheet;
    private final MessageText text;

    RollingPlanApiController(RollingPlanBook book, RollingPlanChanges changes, RollingPlanSheet sheet, MessageText text) {
        this.text = text;
        this.book = book;
        this.changes = changes;
        this.sheet = sheet;
    }

    @GetMapping("/rolling-plan")
    Map<String, Object> edition(@RequestParam @MaxLength(20) String from, @RequestParam(required = false) @MaxLength(6) String region,
                                @RequestParam(required = false) @MaxLength(1) String sector,
                                @RequestParam(required = false) @MaxLength(100) String q,
                                @RequestParam(defaultValue = "0") @PageNumber int page,
                                @RequestParam(defaultValue = "50") @PageSize int size) {
        int first = RollingPlanFilter.firstYear(from);
        RollingPlanFilter filter = new RollingPlanFilter(first, region, sector, q);
        RollingPlanBook.Page rows = book.page(filter, page, size);
        return Map.of("from", first, "years", new int[] {first, first + 1, first + 2}, "total", rows.total(), "page", page,
                "rows", rows.rows(), "totals", book.totals(filter));
    }

    @GetMapping("/rolling-plan/export")
    ResponseEntity<byte[]> export(@RequestParam @MaxLength(20) String from, @RequestParam(required = false) @MaxLength(6) String region,
                                  @RequestParam(required = false) @MaxLength(1) String sector,
                                  @RequestParam(required = false) @MaxLength(100) String q) {
        int first = RollingPlanFilter.firstYear(from);
        byte[] bytes = sheet.export(new RollingPlanFilter(first, region, sector, q)).toByteArray();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("project.rolling.export.file", String.valueOf(first)))).body(bytes);
    }

    @PutMapping("/rolling-plan/{from}/{code}")
    Map<String, Object> set(@PathVariable int from, @PathVariable @MaxLength(30) String code,
                            @RequestBody RollingPlanInputs.Amounts amounts) {
        changes.set(from, code, amounts);
        return Map.of("from", from, "code", code);
    }

    @PostMapping("/rolling-plan/{from}/roll")
    Map<String, Object> roll(@PathVariable int from) {
        return Map.of("from", from + 1, "rolled", changes.roll(from));
    }

    @PostMapping("/rolling-plan/{from}/{code}/select")
    Map<String, Object> select(@PathVariable int from, @PathVariable @MaxLength(30) String code,
                               @RequestBody RollingPlanInputs.Selection selection) {
        BigDecimal figure = changes.select(from, code, selection);
        return Map.of("year", from, "code", code, "plannedInvestment", figure);
    }

    @PutMapping("/{code}/plans/{year}")
    Map<String, Object> adjust(@PathVariable @MaxLength(30) String code, @PathVariable int year,
                               @RequestBody RollingPlanInputs.Adjustment adjustment) {
        BigDecimal old = changes.adjust(year, code, adjustment);
        return Map.of("year", year, "code", code, "previous", old, "plannedInvestment", adjustment.plannedInvestment());
    }
}
