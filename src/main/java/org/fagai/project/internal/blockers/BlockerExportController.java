package org.fagai.project.internal.blockers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The 问题台账 in Excel: the rows the page shows with the same filters and order, all pages. */
@Controller
class BlockerExportController {

    private static final int MAX_ROWS = 10_000;

    private final BlockerBoard board;
    private final MessageText text;
    private final AuditLog audit;

    BlockerExportController(BlockerBoard board, MessageText text, AuditLog audit) {
        this.board = board;
        this.text = text;
        this.audit = audit;
    }

    @GetMapping("/projects/blockers/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) BlockerStatus status,
                                                 @RequestParam(required = false) BlockerCategory category,
                                                 @RequestParam(defaultValue = "false") boolean overdue,
                                                 @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc) {
        BlockerBoard.Page result = board.page(filter(status, category, overdue, region, q, sort, desc), 0, MAX_ROWS);
        audit.record(AuditAction.EXPORT, "blocker", null, StoredText.of("project.audit.blockers.export", result.items().size()));
        List<Column> columns = List.of(Column.text(text.get("project.code")), Column.text(text.get("project.name")),
                Column.text(text.get("project.region")), Column.text(text.get("blocker.category")),
                Column.text(text.get("blocker.description")), Column.text(text.get("blocker.department")),
                Column.date(text.get("blocker.raisedOn")), Column.date(text.get("blocker.deadline")),
                Column.text(text.get("common.status")), Column.text(text.get("blocker.overdue")),
                Column.text(text.get("blocker.resolution")), Column.date(text.get("blocker.resolvedOn")));
        List<List<?>> rows = new ArrayList<>();
        for (BlockerView b : result.items()) {
            rows.add(java.util.Arrays.asList(b.projectCode(), b.projectName(), b.regionName(),
                    text.get("blocker.category." + b.category().name()), b.description(), b.department(), b.raisedOn(),
                    b.deadline(), text.get("blocker.status." + b.status().name()), b.overdue() ? text.get("common.yes") : "",
                    b.resolution(), b.resolvedOn()));
        }
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("blocker.export.file")))
                .body(out -> ExcelExport.report(out, text.get("blocker.export.title"), columns, rows));
    }

    static BlockerBoard.Filter filter(BlockerStatus status, BlockerCategory category, boolean overdue, String region, String q,
                                      String sort, boolean desc) {
        return new BlockerBoard.Filter(status, category, overdue, clip(region, 6), clip(q, 100), sort, desc);
    }

    static Map<String, String> filters(BlockerStatus status, BlockerCategory category, boolean overdue, String region, String q,
                                       String sort, boolean desc) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status == null ? "" : status.name());
        filters.put("category", category == null ? "" : category.name());
        filters.put("overdue", overdue ? "true" : "");
        filters.put("region", clip(region, 6));
        filters.put("q", clip(q, 100));
        filters.put("sort", sort != null && BlockerBoard.SORTS.containsKey(sort) ? sort : "");
        filters.put("desc", desc ? "true" : "");
        return filters;
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
