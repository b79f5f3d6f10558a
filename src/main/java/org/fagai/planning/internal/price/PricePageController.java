package org.fagai.planning.internal.price;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.planning.PriceWarning;
import org.fagai.planning.internal.Downloads;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Pages: the day's prices and warnings, a good's series and one day's prices by point, the holiday report. */
@Controller
class PricePageController {

    private final PriceMonitoring monitoring;
    private final HolidayReport holidayReport;
    private final PlanningAccess access;
    private final MessageText text;
    private final JsonMapper json;

    PricePageController(PriceMonitoring monitoring, HolidayReport holidayReport, PlanningAccess access, MessageText text,
                        JsonMapper json) {
        this.monitoring = monitoring;
        this.holidayReport = holidayReport;
        this.access = access;
        this.text = text;
        this.json = json;
    }

    @GetMapping("/prices")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        LocalDate at = day == null ? monitoring.latestDay() : PriceMonitoring.checkDay("day", day);
        List<PriceWarning> warnings = monitoring.warnings(at);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String colour : List.of("RED", "YELLOW", "GREEN")) {
            counts.put(colour, warnings.stream().filter(w -> colour.equals(w.colour())).count());
        }
        CollectionCycle cycle = monitoring.cycle();
        model.addAttribute("day", at);
        model.addAttribute("warnings", warnings);
        model.addAttribute("counts", counts);
        model.addAttribute("hogGrain", monitoring.hogGrain(at).orElse(null));
        model.addAttribute("frequency", cycle.frequency(monitoring.today()).name());
        model.addAttribute("window", cycle.dailyWindow(monitoring.today()).orElse(null));
        model.addAttribute("holidays", cycle.holidays(at.getYear()));
        model.addAttribute("leadDays", cycle.leadDays());
        return "planning/prices";
    }

    @GetMapping("/prices/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LocalDate at = day == null ? monitoring.latestDay() : PriceMonitoring.checkDay("day", day);
        List<List<?>> rows = monitoring.warnings(at).stream().<List<?>>map(w -> java.util.Arrays.asList(w.category(), w.code(),
                w.name(), w.unit(), w.average(), w.previousDay() == null ? null : w.previousDay().toString(), w.monthOnMonth(),
                w.yearOnYear(), w.colour() == null ? "" : text.get("planning.colour." + w.colour()))).toList();
        String title = text.get("planning.export.prices.title");
        List<String> headers = List.of(text.get("planning.export.prices.headers").split("\\|"));
        StreamingResponseBody body = out -> ExcelExport.write(out, title, headers, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("planning.export.prices.file", at.toString()))).body(body);
    }

    @GetMapping("/prices/goods/{id}")
    String good(@PathVariable int id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        PriceViews.Series series = monitoring.series(id, from, to == null ? monitoring.latestDay() : to);
        LocalDate shown = day != null ? PriceMonitoring.checkDay("day", day)
                : series.points().isEmpty() ? series.to() : series.points().get(series.points().size() - 1).day();
        model.addAttribute("series", series);
        model.addAttribute("day", shown);
        model.addAttribute("dayPrices", monitoring.dayPrices(id, shown));
        model.addAttribute("seriesData", json.writeValueAsString(series.points()));
        model.addAttribute("chartLabels", json.writeValueAsString(Map.of("average", text.get("planning.price.average"),
                "mom", text.get("planning.price.mom"))));
        return "planning/price-good";
    }

    @GetMapping("/prices/holiday-report")
    ResponseEntity<byte[]> holidayReport(@RequestParam(defaultValue = "春节") @MaxLength(20) String holiday,
                                         @RequestParam @CalendarYear int year) {
        HolidayReport.Report report = holidayReport.report(holiday, year, access.reader().regionName());
        return Downloads.docx(report.holiday().label() + "期间市场价格监测报告.docx", holidayReport.draft(report));
    }
}
