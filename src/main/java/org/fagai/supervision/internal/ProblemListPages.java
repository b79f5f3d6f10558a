package org.fagai.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Problem lists (问题清单) as pages: the index (newest first unless a column is chosen) and one list's problems, each paged
 * and sorted with its total shown, and each exported to Excel with the same filters and order.
 */
@Controller
class ProblemListPages {

    private static final int EXPORT_ROWS = 10_000;

    private final ProblemLists problemLists;
    private final MessageText text;
    private final AuditLog audit;

    ProblemListPages(ProblemLists problemLists, MessageText text, AuditLog audit) {
        this.problemLists = problemLists;
        this.text = text;
        this.audit = audit;
    }

    @GetMapping("/supervision/problem-lists")
    String problemLists(@RequestParam(required = false) @CalendarYear Integer year,
                        @RequestParam(required = false) ProblemListSort sort,
                        @RequestParam(defaultValue = "false") boolean desc,
                        @RequestParam(defaultValue = "0") @PageNumber int page,
                        @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        ProblemLists.SummaryPage lists = problemLists.page(year, sort == null ? ProblemListSort.YEAR : sort, sort == null || desc,
                page, Math.min(size, 200));
        model.addAttribute("lists", lists.items());
        model.addAttribute("pager", new Pagination(lists.page(), lists.size(), lists.total(), sort == null
                ? filters("year", year == null ? "" : String.valueOf(year))
                : filters("year", year == null ? "" : String.valueOf(year), "sort", sort.name(), "desc", String.valueOf(desc))));
        return "supervision/problem-lists";
    }

    @GetMapping("/supervision/problem-lists/export")
    ResponseEntity<StreamingResponseBody> exportLists(@RequestParam(required = false) @CalendarYear Integer year,
                                                      @RequestParam(required = false) ProblemListSort sort,
                                                      @RequestParam(defaultValue = "false") boolean desc) {
        List<ProblemLists.Summary> lists = problemLists.page(year, sort == null ? ProblemListSort.YEAR : sort, sort == null || desc,
                0, EXPORT_ROWS).items();
        audit.record(AuditAction.EXPORT, "supervision_problem_list", null, StoredText.of("supervision.audit.problemLists.export", lists.size()));
        List<Column> columns = List.of(Column.integer(text.get("supervision.year")), Column.text(text.get("supervision.problemList.title")),
                Column.integer(text.get("supervision.problemList.problems")).summed(),
                Column.integer(text.get("supervision.problemList.measures")).summed(),
                Column.integer(text.get("supervision.problemList.completed")).summed(),
                Column.percent(text.get("supervision.problemList.onTimeRate")), Column.text(text.get("supervision.state")));
        List<List<?>> rows = lists.stream().<List<?>>map(l -> java.util.Arrays.asList(l.year(), l.title(), l.problems(), l.measures(),
                l.completed(), l.onTimeRate(), text.get(l.closed() ? "supervision.problemList.done" : "supervision.problemList.open")))
                .toList();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("supervision.problemList.exportFile")))
                .body(out -> ExcelExport.report(out, text.get("nav.problemLists"), columns, rows));
    }

    @GetMapping("/supervision/problem-lists/{id}")
    String problemList(@PathVariable long id, @RequestParam(defaultValue = "SEQ") ProblemSort sort,
                       @RequestParam(defaultValue = "false") boolean desc,
                       @RequestParam(defaultValue = "0") @PageNumber int page,
                       @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        ProblemListView list = problemLists.get(id);
        List<ProblemListView.ProblemView> sorted = list.items().stream().sorted(sort.order(desc)).toList();
        int from = (int) Math.min((long) page * size, sorted.size());
        model.addAttribute("list", list);
        model.addAttribute("problems", sorted.subList(from, Math.min(from + size, sorted.size())));
        model.addAttribute("pager", new Pagination(page, size, sorted.size(), filters("sort", sort.name(), "desc", String.valueOf(desc))));
        return "supervision/problem-list";
    }

    @GetMapping("/supervision/problem-lists/{id}/export")
    ResponseEntity<StreamingResponseBody> exportList(@PathVariable long id, @RequestParam(defaultValue = "SEQ") ProblemSort sort,
                                                     @RequestParam(defaultValue = "false") boolean desc) {
        ProblemListView list = problemLists.get(id);
        audit.record(AuditAction.EXPORT, "supervision_problem_list", String.valueOf(id), StoredText.of("supervision.audit.problemList.export", list.title()));
        List<Column> columns = List.of(Column.integer(text.get("supervision.problemList.seq")),
                Column.text(text.get("supervision.problemList.problem")), Column.integer(text.get("supervision.id")),
                Column.text(text.get("supervision.problemList.measure")), Column.text(text.get("supervision.leadUnit")),
                Column.date(text.get("supervision.deadline")), Column.text(text.get("supervision.state")),
                Column.text(text.get("supervision.colour")), Column.date(text.get("supervision.closedOn")));
        List<List<?>> rows = new ArrayList<>();
        list.items().stream().sorted(sort.order(desc)).forEach(p -> {
            if (p.measures().isEmpty()) {
                rows.add(java.util.Arrays.asList(p.seq(), p.title(), null, null, null, null, null, null, null));
            }
            p.measures().forEach(m -> rows.add(java.util.Arrays.asList(p.seq(), p.title(), m.id(), m.title(), m.leadUnitName(),
                    m.deadline(), text.get(m.state().labelKey()), text.get(m.colour().labelKey()), m.closedOn())));
        });
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("supervision.problemList.exportFile")))
                .body(out -> ExcelExport.report(out, list.title(), columns, rows));
    }

    private static Map<String, String> filters(String... pairs) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            filters.put(pairs[i], pairs[i + 1]);
        }
        return filters;
    }
}
