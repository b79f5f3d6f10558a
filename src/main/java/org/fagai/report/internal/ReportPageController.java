package org.fagai.report.internal;

import java.time.Clock;
import java.time.YearMonth;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.ChinaTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page to generate and download the brief; the download runs in the page with a progress bar. */
@Controller
@RequestMapping("/reports/economic-brief")
class ReportPageController {

    private final BriefDownloads downloads;
    private final EconomicIndicators indicators;
    private final UserDirectory users;
    private final Clock clock;

    ReportPageController(BriefDownloads downloads, EconomicIndicators indicators, UserDirectory users, Clock clock) {
        this.downloads = downloads;
        this.indicators = indicators;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String period, Model model) {
        String code = region == null || region.isBlank() ? users.requireCurrent().regionCode() : region.strip();
        String month = period == null || period.isBlank()
                ? indicators.latestMonth(code).orElse(YearMonth.now(clock.withZone(ChinaTime.ZONE)).minusMonths(1)).toString()
                : period.strip();
        model.addAttribute("regions", indicators.selectableRegions());
        model.addAttribute("region", code);
        model.addAttribute("period", month);
        return "report/economic-brief";
    }

    @GetMapping("/download")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String region, @RequestParam String period) {
        return downloads.download(region, period);
    }
}
