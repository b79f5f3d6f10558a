package org.fagai.project.internal.workforce;

import java.util.List;
import org.fagai.project.ProjectLevel;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Workers and machines on site by region and month: {@code GET /api/v1/projects/workforce?year=2023&level=CITY}. */
@ApiController("/api/v1/projects/workforce")
class WorkforceApiController {

    private final WorkforceTotals totals;

    WorkforceApiController(WorkforceTotals totals) {
        this.totals = totals;
    }

    @GetMapping
    List<WorkforceTotals.RegionLine> byRegionAndMonth(@RequestParam @CalendarYear int year,
                                                     @RequestParam(required = false) ProjectLevel level) {
        return totals.byRegionAndMonth(year, level);
    }
}
