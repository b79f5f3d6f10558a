package org.fagai.project.internal.rollingplan;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 三年滚动投资计划: an edition with totals, filters and export; staff enter figures, roll it, select and adjust. */
@Controller
class RollingPlanPageController {

    private final RollingPlanBook book;
    private final RollingPlanChanges changes;
    private final RollingPlanSheet sheet;
    private final MessageText text;
    private final Clock clock;

    RollingPlanPageController(RollingPlanBook book, RollingPlanChanges changes, RollingPlanSheet sheet, MessageText text, Clock clock) {
        this.book = book;
        this.changes = changes;
        this.sheet = sheet;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/projects/rolling-plan")
    String edition(@RequestParam(required = false) @MaxLength(20) String from, @RequestParam(required = false) @MaxLength(6) String region,
                   @RequestParam(required = false) @MaxLength(1) String sector, @RequestParam(required = false) @MaxLength(100) String q,
                   @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                   Model model) {
        int year = from == null || from.isBlank() ? Year.now(clock).getValue() : RollingPlanFilter.firstYear(from);
        int rows = Math.min(size, 200);
        RollingPlanFilter filter = new RollingPlanFilter(year, region, sector, q);
        RollingPlanBook.Page result = book.page(filter, page, rows);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", String.valueOf(year));
        put(filters, "region", region);
        put(filters, "sector", sector);
        put(filters, "q", q);
        model.addAttribute("from", year);
        model.addAttribute("result", result);
        model.addAttribute("totals", book.totals(filter));
        model.addAttribute("pager", new Pagination(page, rows, result.total(), filters));
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("natures", ProjectNature.values());
        return "project/rolling-plan";
    }

    @GetMapping("/projects/rolling-plan/export")
    ResponseEntity<byte[]> export(@RequestParam @MaxLength(20) String from, @RequestParam(required = false) @MaxLength(6) String region,
                                  @RequestParam(required = false) @MaxLength(1) String sector,
                                  @RequestParam(required = false) @MaxLength(100) String q) {
        int first = RollingPlanFilter.firstYear(from);
        byte[] bytes = sheet.export(new RollingPlanFilter(first, region, sector, q)).toByteArray();
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("project.rolling.export.file", String.valueOf(first)))).body(bytes);
    }

    @PostMapping("/projects/rolling-plan/{from}/roll")
    String roll(@PathVariable int from, RedirectAttributes redirect) {
        return run(from + 1, redirect, () -> redirect.addFlashAttribute("saved", text.get("project.rolling.rolled", changes.roll(from), String.valueOf(from + 1))));
    }

    @PostMapping("/projects/rolling-plan/{from}/entries")
    String set(@PathVariable int from, @RequestParam @MaxLength(30) String code, @ModelAttribute RollingPlanInputs.Amounts amounts,
               RedirectAttributes redirect) {
        return run(from, redirect, () -> changes.set(from, code, amounts));
    }

    @PostMapping("/projects/rolling-plan/{from}/{code}/select")
    String select(@PathVariable int from, @PathVariable @MaxLength(30) String code, @ModelAttribute RollingPlanInputs.Selection selection,
                  RedirectAttributes redirect) {
        return run(from, redirect, () -> changes.select(from, code, selection));
    }

    @PostMapping("/projects/rolling-plan/{from}/{code}/adjust")
    String adjust(@PathVariable int from, @PathVariable @MaxLength(30) String code, @ModelAttribute RollingPlanInputs.Adjustment adjustment,
                  RedirectAttributes redirect) {
        return run(from, redirect, () -> changes.adjust(from, code, adjustment));
    }

    private String run(int year, RedirectAttributes redirect, Runnable work) {
        try {
            work.run();
            if (!redirect.getFlashAttributes().containsKey("saved")) {
                redirect.addFlashAttribute("saved", text.get("common.saved"));
            }
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/rolling-plan?from=" + (org.fagai.shared.Years.contains(year) ? year : Year.now(clock).getValue());
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
