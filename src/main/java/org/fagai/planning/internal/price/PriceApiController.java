package org.fagai.planning.internal.price;

import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.planning.PriceWarning;
import org.fagai.planning.internal.Downloads;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/prices")
class PriceApiController {

    private final PriceMonitoring monitoring;
    private final PriceCollections collections;
    private final PriceImport imports;
    private final HolidayReport holidayReport;
    private final PlanningAccess access;

    PriceApiController(PriceMonitoring monitoring, PriceCollections collections, PriceImport imports, HolidayReport holidayReport,
                       PlanningAccess access) {
        this.monitoring = monitoring;
        this.collections = collections;
        this.imports = imports;
        this.holidayReport = holidayReport;
        this.access = access;
    }

    @GetMapping("/goods")
    List<PriceViews.GoodView> goods() {
        return monitoring.goods().stream().map(PriceViews.GoodView::of).toList();
    }

    @PostMapping("/goods")
    ResponseEntity<PriceViews.GoodView> addGood(@Valid @RequestBody PriceCommands.NewGood good) {
        Good added = collections.addGood(good);
        return ResponseEntity.created(URI.create("/api/v1/prices/goods/" + added.id())).body(PriceViews.GoodView.of(added));
    }

    /** A good's series: each collection day's average with 环比 and 同比 (default: the last 90 days). */
    @GetMapping("/goods/{id}")
    PriceViews.Series series(@PathVariable int id,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return monitoring.series(id, from, to);
    }

    @GetMapping("/goods/{id}/points")
    PriceViews.DayPrices dayPrices(@PathVariable int id,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return monitoring.dayPrices(id, day == null ? monitoring.latestDay() : day);
    }

    @PostMapping("/points")
    ResponseEntity<Point> addPoint(@Valid @RequestBody PriceCommands.NewPoint point) {
        Point added = collections.addPoint(point);
        return ResponseEntity.status(201).body(added);
    }

    @GetMapping("/points")
    List<Point> points() {
        return monitoring.points();
    }

    /** One point's prices of a day: {"pointId":1,"date":"2026-02-10","prices":[{"goodId":5,"price":16.8}]}. */
    @PostMapping("/observations")
    ResponseEntity<PriceViews.Stored> collect(@Valid @RequestBody PriceCommands.Collection collection) {
        return ResponseEntity.status(201).body(collections.collect(collection));
    }

    @GetMapping("/warnings")
    List<PriceWarning> warnings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return monitoring.warnings(day == null ? monitoring.latestDay() : day);
    }

    @GetMapping("/hog-grain")
    ResponseEntity<PriceViews.HogGrain> hogGrain(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return ResponseEntity.of(monitoring.hogGrain(day == null ? monitoring.latestDay() : day));
    }

    /** The collection cycle of a day: DAILY (around a holiday, named), WEEKLY or NONE. */
    @GetMapping("/cycle")
    Map<String, Object> cycle(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        access.reader();
        PriceMonitoring.checkDay("date", date);
        CollectionCycle cycle = monitoring.cycle();
        return Map.of("date", date, "frequency", cycle.frequency(date).name(),
                "holiday", cycle.dailyWindow(date).map(HolidayPeriod::name).orElse(""));
    }

    /** The year's holidays with the first day of their daily collection. */
    @GetMapping("/holidays")
    List<Map<String, Object>> holidays(@RequestParam @CalendarYear int year) {
        access.reader();
        CollectionCycle cycle = monitoring.cycle();
        return cycle.holidays(year).stream().<Map<String, Object>>map(h -> Map.of("name", h.name(), "start", h.start(),
                "end", h.end(), "dailyFrom", h.dailyFrom(cycle.leadDays()))).toList();
    }

    @GetMapping("/holiday-report")
    ResponseEntity<byte[]> holidayReport(@RequestParam(defaultValue = "春节") @MaxLength(20) String holiday,
                                         @RequestParam @CalendarYear int year) {
        HolidayReport.Report report = holidayReport.report(holiday, year, access.reader().regionName());
        return Downloads.docx(report.holiday().label() + "期间市场价格监测报告.docx", holidayReport.draft(report));
    }

    @PostMapping("/import")
    Map<String, Integer> importPrices(@RequestParam(value = "file", required = false) MultipartFile file) {
        return Map.of("stored", imports.importFile(file));
    }

    @GetMapping("/import")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(out.toByteArray());
    }
}
