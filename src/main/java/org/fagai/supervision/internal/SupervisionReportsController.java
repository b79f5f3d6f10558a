package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Pages and downloads: the list's Excel export, statistics with chart and export (problem lists: {@link ProblemListPages}). */
@Controller
class SupervisionReportsController {

    private final ItemSearch search;
    private final SupervisionStatistics statistics;
    private final MessageText text;
    private final AuditLog audit;
    private final Clock clock;
    private final SupervisionBulletin bulletin;
    private final JsonMapper json;
    private final Formats fmt;

    SupervisionReportsController(ItemSearch search, SupervisionStatistics statistics,
                                 MessageText text, AuditLog audit, Clock clock, SupervisionBulletin bulletin,
                                 JsonMapper json, Formats fmt) {
        this.fmt = fmt;
        this.bulletin = bulletin;
        this.json = json;
        this.search = search;
        this.statistics = statistics;
        this.text = text;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/supervision/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String source,
                                                 @RequestParam(required = false) ItemState state,
                                                 @RequestParam(required = false) Colour colour,
                                                 @RequestParam(required = false) Long unit,
                                                 @RequestParam(required = false) @CalendarYear Integer year,
                                                 @RequestParam(required = false) Integer area,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String sort) {
        List<ItemRow> rows = search.search(new ItemQuery(source, state, colour, unit, year, area, null, q, sort, 0, 20)
                .all()).items();
        audit.record(AuditAction.EXPORT, Supervision.AUDIT_TYPE, null, StoredText.of("supervision.audit.items.export", rows.size()));
        List<String> headers = Arrays.asList(text.get("supervision.id"), text.get("supervision.title"),
                text.get("supervision.source"), text.get("supervision.leadUnit"), text.get("supervision.leadPerson"),
                text.get("supervision.supervisor"), text.get("supervision.assignedOn"), text.get("supervision.deadline"),
                text.get("supervision.state"), text.get("supervision.colour"), text.get("supervision.colourReason"),
                text.get("supervision.closedOn"));
        List<List<?>> data = rows.stream().<List<?>>map(r -> Arrays.asList(r.id(), r.title(), sourceName(r.sourceType()),
                r.leadUnitName(), r.leadPersonName(), r.supervisorName(), r.assignedOn().toString(), r.deadline().toString(),
                text.get(r.state().labelKey()), text.get(r.colour().labelKey()), fmt.stored(r.colourReason()),
                r.closedOn() == null ? null : r.closedOn().toString())).toList();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("supervision.export.file")))
                .body(out -> ExcelExport.write(out, text.get("nav.supervision"), headers, data));
    }

    @GetMapping("/supervision/stats")
    String stats(@RequestParam(required = false) @CalendarYear Integer year, Model model) {
        SupervisionStatistics.Report report = statistics.report(year == null ? LocalDate.now(clock).getYear() : year);
        model.addAttribute("report", report);
        List<String> labels = new ArrayList<>();
        List<Long> assigned = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        List<Long> overdue = new ArrayList<>();
        for (SupervisionStatistics.Row r : report.byMonth()) {
            labels.add(text.get("supervision.stats.month", Integer.parseInt(r.key())));
            assigned.add(r.assigned());
            closed.add(r.closed());
            overdue.add(r.overdue());
        }
        model.addAttribute("chart", json.writeValueAsString(Map.of("labels", labels, "assigned", assigned,
                "closed", closed, "overdue", overdue, "names", List.of(text.get("supervision.stats.assigned"),
                        text.get("supervision.stats.closed"), text.get("supervision.stats.overdue")))));
        return "supervision/stats";
    }

    @GetMapping("/supervision/stats/export")
    ResponseEntity<StreamingResponseBody> exportStats(@RequestParam @CalendarYear int year) {
        SupervisionStatistics.Report report = statistics.report(year);
        audit.record(AuditAction.EXPORT, Supervision.AUDIT_TYPE, null, StoredText.of("supervision.audit.stats.export", year));
        List<String> headers = Arrays.asList(text.get("supervision.stats.dimension"), text.get("supervision.stats.group"),
                text.get("supervision.stats.assigned"), text.get("supervision.stats.closed"),
                text.get("supervision.stats.closedOnTime"), text.get("supervision.stats.overdue"),
                text.get("supervision.stats.closedRate"), text.get("supervision.stats.onTimeRate"));
        List<List<?>> data = new ArrayList<>();
        add(data, text.get("supervision.stats.byArea"), report.byArea(), false);
        add(data, text.get("supervision.stats.byUnit"), report.byUnit(), false);
        add(data, text.get("supervision.stats.bySource"), report.bySource(), true);
        add(data, text.get("supervision.stats.byMonth"), report.byMonth(), false);
        add(data, text.get("supervision.stats.total"), List.of(report.total()), false);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("supervision.stats.file", String.valueOf(year))))
                .body(out -> ExcelExport.write(out, text.get("supervision.stats.title"), headers, data));
    }

    /** 督办通报 for a month (default: the current one) as .docx. */
    @GetMapping("/supervision/bulletin")
    ResponseEntity<byte[]> bulletin(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) Integer month) {
        java.time.YearMonth now = java.time.YearMonth.now(clock);
        int y = year == null ? now.getYear() : year;
        int m = month == null ? (y == now.getYear() ? now.getMonthValue() : 12) : month;
        if (m < 1 || m > 12) {
            throw org.fagai.shared.FieldErrors.of("month", org.fagai.shared.StoredText.of("supervision.error.month", m));
        }
        byte[] docx = bulletin.draft(java.time.YearMonth.of(y, m));
        audit.record(AuditAction.EXPORT, Supervision.AUDIT_TYPE, null, StoredText.of("supervision.audit.bulletin.generated", y, m));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("督办通报" + y + "年" + m + "月.docx", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(docx);
    }

    private void add(List<List<?>> data, String dimension, List<SupervisionStatistics.Row> rows, boolean sources) {
        for (SupervisionStatistics.Row r : rows) {
            data.add(Arrays.asList(dimension, sources ? sourceName(r.key()) : r.label(), r.assigned(), r.closed(),
                    r.closedOnTime(), r.overdue(), r.closedRate(), r.onTimeRate()));
        }
    }

    private String sourceName(String type) {
        return org.fagai.supervision.StandardSource.isStandard(type) ? text.get("supervision.source." + type) : type;
    }
}
