package org.fagai.indicator.internal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.RankingLine;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.ValueCommand;
import org.fagai.indicator.ValueView;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Period;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Economic monitoring as JSON: catalogue, values, overview, rankings, targets, import. */
@ApiController("/api/v1/indicators")
class IndicatorApiController {

    private final EconomicIndicators indicators;
    private final ValueFiles files;
    private final UserDirectory users;
    private final Clock clock;
    private final IndicatorNames names;

    IndicatorApiController(EconomicIndicators indicators, ValueFiles files, UserDirectory users, Clock clock, IndicatorNames names) {
        this.names = names;
        this.indicators = indicators;
        this.files = files;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    List<IndicatorView> catalogue() {
        return indicators.catalogue();
    }

    @GetMapping("/{code}")
    IndicatorView indicator(@PathVariable String code) {
        return indicators.indicator(code);
    }

    /** Values of one indicator; {@code from}/{@code to} are periods such as 2023-01 or 2023Q4 (default: last two years). */
    @GetMapping("/{code}/values")
    List<ValueView> values(@PathVariable String code, @RequestParam(required = false) String region,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        int year = YearMonth.now(clock.withZone(ChinaTime.ZONE)).getYear();
        return names.values(indicators.values(code, regionOrHome(region),
                from == null || from.isBlank() ? Period.monthly(year - 1, 1) : Period.parse("from", from),
                to == null || to.isBlank() ? Period.monthly(year, 12) : Period.parse("to", to)));
    }

    /** 经济运行一览: {code, name, unit, period (these three in the reader's language), value, growth, target, gap, warning, rank, …} for each indicator. */
    @GetMapping("/overview")
    List<OverviewLine> overview(@RequestParam(required = false) String region, @RequestParam String period) {
        Period p = Period.parse("period", period);
        return names.readerLines(indicators.overview(regionOrHome(region), p.year(), p.toMonth()).lines());
    }

    @GetMapping("/{code}/ranking")
    List<RankingLine> ranking(@PathVariable String code, @RequestParam(required = false) String parent,
                              @RequestParam String period) {
        Period p = Period.parse("period", period);
        return indicators.ranking(code, regionOrHome(parent), p.year(), p.toMonth());
    }

    @GetMapping("/comparison")
    Comparison comparison(@RequestParam(required = false) String parent, @RequestParam String period) {
        Period p = Period.parse("period", period);
        return names.comparison(indicators.comparison(regionOrHome(parent), p.year(), p.toMonth()));
    }

    @PostMapping("/values")
    ValueView record(@RequestBody ValueCommand command) {
        return names.value(indicators.recordValue(command));
    }

    @PostMapping("/values/import")
    Map<String, Integer> importValues(@RequestParam("file") MultipartFile file) {
        return Map.of("imported", files.importFile(file, indicators::importValues));
    }

    @GetMapping("/values/import")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.writeTemplate(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(files.templateFile())).body(out.toByteArray());
    }

    @GetMapping("/targets")
    List<TargetView> targets(@RequestParam(required = false) String region, @RequestParam @CalendarYear int year) {
        return names.targets(indicators.targets(regionOrHome(region), year));
    }

    @PutMapping("/targets")
    TargetView setTarget(@RequestBody TargetCommand command) {
        return names.targets(List.of(indicators.setTarget(command))).get(0);
    }

    private String regionOrHome(String region) {
        return region == null || region.isBlank() ? users.requireCurrent().regionCode() : region.strip();
    }
}
