package org.fagai.project.internal.workforce;

import java.util.List;
import org.fagai.project.ProjectLevel;
import org.fagai.shared.web.CalendarYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard's panel of workers on site by region and month (loaded by htmx) (JSON: {@code GET /api/v1/projects/workforce}). */
@Controller
class WorkforceController {

    private final WorkforceTotals totals;

    WorkforceController(WorkforceTotals totals) {
        this.totals = totals;
    }

    @GetMapping("/projects/dashboard/workforce")
    String panel(@RequestParam @CalendarYear int year, @RequestParam(required = false) ProjectLevel level, Model model) {
        List<WorkforceTotals.RegionLine> lines = totals.byRegionAndMonth(year, level);
        Integer[] total = new Integer[12];
        for (WorkforceTotals.RegionLine line : lines) {
            for (int m = 0; m < 12; m++) {
                if (line.workersOnSite()[m] != null) {
                    total[m] = (total[m] == null ? 0 : total[m]) + line.workersOnSite()[m];
                }
            }
        }
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        return "project/workforce :: panel";
    }
}
