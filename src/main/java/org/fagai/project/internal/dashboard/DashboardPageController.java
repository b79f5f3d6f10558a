package org.fagai.project.internal.dashboard;

import java.util.Map;
import org.fagai.project.ProjectLevel;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.shared.Money;
import org.fagai.shared.web.CalendarYear;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The project dashboard (重点项目看板): pipeline, completion against time progress, regions, industries, warnings. */
@Controller
class DashboardPageController {

    private final ProjectStatistics statistics;
    private final ProjectSearch search;
    private final JsonMapper json;

    DashboardPageController(ProjectStatistics statistics, ProjectSearch search, JsonMapper json) {
        this.statistics = statistics;
        this.search = search;
        this.json = json;
    }

    @GetMapping("/projects/dashboard")
    String dashboard(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) ProjectLevel level, Model model) {
        int shown = year == null ? search.defaultYear() : year;
        ProjectStatistics.Dashboard dashboard = statistics.dashboard(shown, level);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("redCount", dashboard.warnings().get(WarningColour.RED));
        model.addAttribute("yellowCount", dashboard.warnings().get(WarningColour.YELLOW));
        model.addAttribute("greenCount", dashboard.warnings().get(WarningColour.GREEN));
        model.addAttribute("totalYi", Money.ofWan(dashboard.summary().totalInvestment()).formatYi());
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "pipeline", dashboard.summary().byStage(), "months", dashboard.months(), "regions", dashboard.regions(),
                "industries", dashboard.industries(), "warnings", dashboard.warnings())));
        return "project/dashboard";
    }
}
