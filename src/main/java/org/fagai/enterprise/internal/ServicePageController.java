package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 服务包 page: coverage of a period by group, the not-yet-visited list, packages behind their visit plan. */
@Controller
class ServicePageController {

    /** The page lists the first of the not-yet-visited; the export holds them all. */
    static final int NOT_VISITED_SHOWN = 50;
    private static final int EXPORT_LIMIT = 100_000;

    private final Coverage coverage;
    private final PackageList packages;
    private final EnterpriseAccess access;
    private final MessageText text;

    ServicePageController(Coverage coverage, PackageList packages, EnterpriseAccess access, MessageText text) {
        this.text = text;
        this.coverage = coverage;
        this.packages = packages;
        this.access = access;
    }

    @GetMapping("/enterprises/service")
    String service(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "staff") @MaxLength(10) String groupBy,
                   @RequestParam(defaultValue = "false") boolean behind,
                   @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                   Model model) {
        CurrentUser user = access.handler();
        LocalDate today = LocalDate.now(org.fagai.shared.ChinaTime.ZONE);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        int pageSize = Math.min(size, 200);
        Coverage.Result result = coverage.compute(start, end, groupBy, user);
        model.addAttribute("coverage", result);
        model.addAttribute("notVisited", coverage.notVisited(start, end, user, 0, NOT_VISITED_SHOWN));
        model.addAttribute("notVisitedCount", result.total().assigned() - result.total().visited());
        PackageList.Page list = packages.list(new PackageList.Filter(null, null, null, behind, page, pageSize), user);
        model.addAttribute("packages", list);
        model.addAttribute("pager", new Pagination(page, pageSize, list.total(), Map.of("from", start.toString(),
                "to", end.toString(), "groupBy", groupBy, "behind", String.valueOf(behind))));
        return "enterprise/service";
    }

    /** The coverage table of the page's period and grouping as Excel. */
    @GetMapping("/enterprises/service/export")
    ResponseEntity<byte[]> export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "staff") @MaxLength(10) String groupBy) {
        var rows = CoverageExport.rows(coverage.compute(from, to, groupBy, access.handler()), text);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.coverage.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.coverage.title", from.toString(),
                        to.toString()), ExportHeaders.of(text, "coverage"), rows)));
    }

    /** Every package of the period not yet visited, as Excel. */
    @GetMapping("/enterprises/service/not-visited/export")
    ResponseEntity<byte[]> exportNotVisited(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var rows = CoverageExport.notVisitedRows(coverage.notVisited(from, to, access.handler(), 0, EXPORT_LIMIT));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.notVisited.file")))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.notVisited.title", from.toString(),
                        to.toString()), ExportHeaders.of(text, "notVisited"), rows)));
    }
}
