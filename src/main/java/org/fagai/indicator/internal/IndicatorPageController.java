package org.fagai.indicator.internal;

import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.IndicatorForm;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.RankingLine;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.TrendPoint;
import org.fagai.indicator.Unit;
import org.fagai.indicator.ValueCommand;
import org.fagai.indicator.ValuePage;
import org.fagai.indicator.ValueQuery;
import org.fagai.indicator.ValueView;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Period;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.FormErrors;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The economic monitoring pages: overview, indicator, comparison matrix, targets, data entry, catalogue. */
@Controller
@RequestMapping("/indicators")
class IndicatorPageController {

    private final EconomicIndicators indicators;
    private final ValueFiles files;
    private final UserDirectory users;
    private final RegionDirectory regions;
    private final MessageText text;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    IndicatorPageController(EconomicIndicators indicators, ValueFiles files, UserDirectory users, RegionDirectory regions,
                            MessageText text, AuditLog audit, JsonMapper json, Clock clock) {
        this.indicators = indicators;
        this.files = files;
        this.users = users;
        this.regions = regions;
        this.text = text;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Form of the value entry; numbers as text so a typo is reported, not a binding failure. */
    record ValueForm(@MaxLength(40) String indicatorCode, @MaxLength(9) String regionCode, @MaxLength(30) String period,
                     @MaxLength(30) String value, @MaxLength(30) String reportedGrowth) {
    }

    record TargetForm(@MaxLength(40) String indicatorCode, @MaxLength(9) String regionCode, Integer year,
                      @MaxLength(30) String growthTarget, @MaxLength(30) String absoluteTarget) {
    }

    // ---- overview --------------------------------------------------------------------------------------------

    @GetMapping
    String overview(@RequestParam(required = false) String region, @RequestParam(required = false) String period, Model model) {
        String code = region(region);
        YearMonth month = month(code, period);
        Overview overview = indicators.overview(code, month.getYear(), month.getMonthValue());
        model.addAttribute("overview", overview);
        List<Map<String, Object>> charts = new ArrayList<>();
        for (OverviewLine l : overview.lines()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", l.code());
            c.put("name", l.name());
            c.put("growth", l.growth());
            c.put("target", l.target());
            c.put("warning", l.warning().name());
            charts.add(c);
        }
        model.addAttribute("chartData", json.writeValueAsString(charts));
        model.addAttribute("chartLabels", json.writeValueAsString(Map.of("growth", text.get("indicator.growth"),
                "target", text.get("indicator.target"))));
        filters(model, code, month);
        return "indicator/overview";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> exportOverview(@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
        String code = region(region);
        YearMonth month = month(code, period);
        Overview o = indicators.overview(code, month.getYear(), month.getMonthValue());
        List<List<?>> rows = o.lines().stream().<List<?>>map(l -> Arrays.asList(l.code(), l.name(), l.period(), l.unit(),
                l.value(), l.growth(), basis(l.growth(), l.growthEstimated()), l.target(), l.gap(), l.absoluteTarget(),
                l.completion(), l.timeProgress(), text.get(l.warning().labelKey()), l.rank())).toList();
        audit.record(AuditAction.EXPORT, "indicator", null, "导出经济运行一览 " + o.regionName() + " " + o.periodLabel());
        return xlsx(text.get("indicator.overview.file"), text.get("nav.indicators"), List.of(text.get("indicator.code"),
                text.get("indicator.name"), text.get("indicator.period"), text.get("indicator.unit"), text.get("indicator.value"),
                text.get("indicator.growth"), text.get("indicator.growthBasis"), text.get("indicator.target"),
                text.get("indicator.gap"), text.get("indicator.absoluteTarget"), text.get("indicator.completion"),
                text.get("indicator.timeProgress"), text.get("indicator.warning"), text.get("indicator.rank")), rows);
    }

    /** 测算 for a growth the platform computed from levels, 统计发布 for the bureau's; nothing without a growth. */
    private String basis(Object growth, boolean estimated) {
        return growth == null ? null : text.get(estimated ? "indicator.growth.estimated" : "indicator.growth.reported");
    }

    // ---- one indicator ---------------------------------------------------------------------------------------

    @GetMapping("/{code:[A-Z][A-Z0-9_]*}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String period, Model model) {
        IndicatorView indicator = indicators.indicator(code);
        String regionCode = region(region);
        YearMonth month = month(regionCode, period);
        List<TrendPoint> trend = indicators.trend(code, regionCode, month.getYear() - 1, month.getYear());
        String parent = rankingParent(regionCode);
        List<RankingLine> ranking = indicators.ranking(code, parent, month.getYear(), month.getMonthValue());
        model.addAttribute("indicator", indicator);
        model.addAttribute("trend", trend);
        model.addAttribute("ranking", ranking);
        model.addAttribute("rankingParent", regions.get(parent).name());
        model.addAttribute("rankingPeriod", indicator.periodAt(month.getYear(), month.getMonthValue()).map(Period::label).orElse(null));
        model.addAttribute("trendData", json.writeValueAsString(trend));
        model.addAttribute("rankingData", json.writeValueAsString(ranking));
        model.addAttribute("chartLabels", json.writeValueAsString(Map.of(
                "value", text.get("indicator.value") + "（" + indicator.unit().label() + "）",
                "growth", text.get("indicator.growth"), "year", text.get("indicator.yearSuffix"),
                "month", text.get("indicator.monthSuffix"))));
        filters(model, regionCode, month);
        return "indicator/detail";
    }

    @GetMapping("/{code:[A-Z][A-Z0-9_]*}/export")
    ResponseEntity<byte[]> exportIndicator(@PathVariable String code, @RequestParam(required = false) String region,
                                           @RequestParam(required = false) String period) {
        String regionCode = region(region);
        YearMonth month = month(regionCode, period);
        List<ValueView> values = indicators.values(code, regionCode, Period.monthly(month.getYear() - 1, 1),
                Period.monthly(month.getYear(), 12));
        audit.record(AuditAction.EXPORT, "indicator", code, "导出指标数据 " + code + " " + regionCode);
        return valueSheet(values);
    }

    private String rankingParent(String regionCode) {
        String parent = regions.get(regionCode).parentCode();
        CurrentUser user = users.requireCurrent();
        return parent != null && user.canSeeRegion(parent) ? parent
                : regions.children(regionCode).isEmpty() && parent != null ? parent : regionCode;
    }

    // ---- comparison matrix -----------------------------------------------------------------------------------

    @GetMapping("/matrix")
    String matrix(@RequestParam(required = false) String region, @RequestParam(required = false) String period, Model model) {
        String code = parentRegion(region);
        YearMonth month = month(code, period);
        model.addAttribute("comparison", indicators.comparison(code, month.getYear(), month.getMonthValue()));
        filters(model, code, month);
        return "indicator/matrix";
    }

    @GetMapping("/matrix/export")
    ResponseEntity<byte[]> exportMatrix(@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
        String code = parentRegion(region);
        YearMonth month = month(code, period);
        Comparison c = indicators.comparison(code, month.getYear(), month.getMonthValue());
        List<String> headers = new ArrayList<>(List.of(text.get("indicator.name"), text.get("indicator.period"),
                text.get("indicator.unit"), text.get("indicator.growthBasis")));
        for (Comparison.Region r : c.regions()) {
            headers.add(r.name() + text.get("indicator.value"));
            headers.add(r.name() + text.get("indicator.growth"));
            headers.add(r.name() + text.get("indicator.warning"));
        }
        List<List<?>> rows = new ArrayList<>();
        for (Comparison.Row row : c.rows()) {
            boolean estimated = row.cells().stream().anyMatch(OverviewLine::growthEstimated);
            boolean any = row.cells().stream().anyMatch(l -> l.growth() != null);
            List<Object> cells = new ArrayList<>(Arrays.asList(row.name(), row.period(), row.unit(),
                    any ? basis(Boolean.TRUE, estimated) : null));
            for (OverviewLine l : row.cells()) {
                cells.add(l.value());
                cells.add(l.growth());
                cells.add(text.get(l.warning().labelKey()));
            }
            rows.add(cells);
        }
        audit.record(AuditAction.EXPORT, "indicator", null, "导出区县对比 " + c.parentName() + " " + c.periodLabel());
        return xlsx(text.get("indicator.matrix.file"), text.get("nav.indmatrix"), headers, rows);
    }

    private String parentRegion(String region) {
        return region(region);
    }

    // ---- targets ---------------------------------------------------------------------------------------------

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String region, @RequestParam(required = false) @CalendarYear Integer year, Model model) {
        String code = region(region);
        int y = year == null ? month(code, null).getYear() : year;
        return targetPage(model, code, y, new TargetForm("", code, y, "", ""));
    }

    @PostMapping("/targets")
    String saveTarget(@ModelAttribute("form") TargetForm form, Model model, RedirectAttributes redirect) {
        try {
            Commands.check(form);
            indicators.setTarget(new TargetCommand(form.indicatorCode(), form.regionCode(), form.year(),
                    decimal(form.growthTarget(), "growthTarget", text.get("indicator.growthTarget")),
                    decimal(form.absoluteTarget(), "absoluteTarget", text.get("indicator.absoluteTarget"))));
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            String code = form.regionCode() == null || form.regionCode().isBlank() ? region(null) : form.regionCode();
            return targetPage(model, code, form.year() == null ? YearMonth.now(clock).getYear() : form.year(), form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/indicators/targets?region=" + form.regionCode() + "&year=" + form.year();
    }

    @GetMapping("/targets/export")
    ResponseEntity<byte[]> exportTargets(@RequestParam(required = false) String region, @RequestParam(required = false) @CalendarYear Integer year) {
        String code = region(region);
        int y = year == null ? month(code, null).getYear() : year;
        List<TargetView> list = indicators.targets(code, y);
        audit.record(AuditAction.EXPORT, "indicator-target", null, "导出目标 " + code + " " + y);
        return xlsx(text.get("indicator.targets.file"), text.get("nav.indtargets"), List.of(text.get("indicator.year"),
                text.get("indicator.region"), text.get("indicator.code"), text.get("indicator.name"),
                text.get("indicator.growthTarget"), text.get("indicator.absoluteTarget"), text.get("indicator.unit")),
                list.stream().<List<?>>map(t -> Arrays.asList(t.year(), t.regionName(), t.indicatorCode(), t.indicatorName(),
                        t.growthTarget(), t.absoluteTarget(), t.unit().label())).toList());
    }

    private String targetPage(Model model, String code, int year, TargetForm form) {
        model.addAttribute("targets", indicators.targets(code, year));
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("catalogue", indicators.catalogue().stream().filter(IndicatorView::enabled).toList());
        model.addAttribute("regions", indicators.selectableRegions());
        model.addAttribute("region", code);
        return "indicator/targets";
    }

    // ---- values: list, form, import --------------------------------------------------------------------------

    @GetMapping("/values")
    String values(@RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
                  @RequestParam(required = false) @CalendarYear Integer year, @RequestParam(defaultValue = "0") @PageNumber int page,
                  @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        return valuePage(model, indicator, region, year, page, size, new ValueForm("", region(null), "", "", ""));
    }

    @PostMapping("/values")
    String saveValue(@ModelAttribute("form") ValueForm form, Model model, RedirectAttributes redirect) {
        try {
            Commands.check(form);
            indicators.recordValue(new ValueCommand(form.indicatorCode(), form.regionCode(), form.period(),
                    decimal(form.value(), "value", text.get("indicator.value")),
                    decimal(form.reportedGrowth(), "reportedGrowth", text.get("indicator.reportedGrowth"))));
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return valuePage(model, null, null, null, 0, 20, form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/indicators/values";
    }

    @PostMapping("/values/import")
    String importValues(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
                        RedirectAttributes redirect) {
        try {
            int count = files.importFile(file, indicators::importValues);
            redirect.addFlashAttribute("saved", text.get("indicator.import.done", count));
            return "redirect:/indicators/values";
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
            return valuePage(model, null, null, null, 0, 20, new ValueForm("", region(null), "", "", ""));
        }
    }

    @GetMapping("/values/template")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.writeTemplate(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(ValueFiles.TEMPLATE_FILE)).body(out.toByteArray());
    }

    @GetMapping("/values/export")
    ResponseEntity<byte[]> exportValues(@RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
                                        @RequestParam(required = false) @CalendarYear Integer year) {
        ValuePage page = indicators.values(new ValueQuery(indicator, region, year, 0, 10_000));
        audit.record(AuditAction.EXPORT, "indicator-value", null, "导出经济运行数据 " + page.values().size() + " 条");
        return valueSheet(page.values());
    }

    private String valuePage(Model model, String indicator, String region, Integer year, int page, int size, ValueForm form) {
        ValuePage result = indicators.values(new ValueQuery(indicator, region, year, page, size));
        model.addAttribute("values", result.values());
        model.addAttribute("pager", new Pagination(page, Math.max(1, Math.min(size, 10_000)), result.total(),
                Map.of("indicator", str(indicator), "region", str(region), "year", year == null ? "" : year.toString())));
        model.addAttribute("form", form);
        model.addAttribute("catalogue", indicators.catalogue().stream().filter(IndicatorView::enabled).toList());
        model.addAttribute("regions", indicators.selectableRegions());
        return "indicator/values";
    }

    private ResponseEntity<byte[]> valueSheet(List<ValueView> values) {
        List<List<?>> rows = values.stream().<List<?>>map(v -> Arrays.asList(v.indicatorCode(), v.indicatorName(),
                v.regionCode(), v.regionName(), v.periodLabel(), v.value(), v.unit().label(), v.growth(),
                basis(v.growth(), v.growthEstimated()), v.reportedGrowth(), v.computedGrowth(), v.growthDiffers(),
                v.updatedBy(), v.updatedAt())).toList();
        return xlsx(text.get("indicator.values.file"), text.get("nav.indvalues"), List.of(text.get("indicator.code"),
                text.get("indicator.name"), text.get("indicator.regionCode"), text.get("indicator.region"),
                text.get("indicator.period"), text.get("indicator.value"), text.get("indicator.unit"),
                text.get("indicator.growth"), text.get("indicator.growthBasis"), text.get("indicator.reportedGrowth"),
                text.get("indicator.computedGrowth"), text.get("indicator.growthDiffers"), text.get("indicator.updatedBy"),
                text.get("indicator.updatedAt")), rows);
    }

    // ---- catalogue -------------------------------------------------------------------------------------------

    @GetMapping("/catalogue")
    String catalogue(Model model) {
        model.addAttribute("catalogue", indicators.catalogue());
        return "indicator/catalogue";
    }

    @GetMapping("/catalogue/export")
    ResponseEntity<byte[]> exportCatalogue() {
        List<IndicatorView> list = indicators.catalogue();
        return xlsx(text.get("indicator.catalogue.file"), text.get("nav.indcatalogue"), List.of(text.get("indicator.code"),
                text.get("indicator.name"), text.get("indicator.unit"), text.get("indicator.frequency"),
                text.get("indicator.januaryAlone"), text.get("indicator.growthSource"), text.get("indicator.levelComparable"),
                text.get("indicator.growthOnly"), text.get("indicator.additive"), text.get("common.enabled")),
                list.stream().<List<?>>map(i -> Arrays.asList(i.code(), i.name(), i.unit().label(),
                        text.get("indicator.frequency." + i.frequency()), i.januaryAlone(),
                        text.get("indicator.growthSource." + i.growthSource()), i.levelComparable(), i.growthOnly(),
                        i.additive(), i.enabled())).toList());
    }

    @GetMapping({"/catalogue/new", "/catalogue/{code}"})
    String catalogueForm(@PathVariable(required = false) String code, Model model) {
        return catalogueForm(model, code, code == null ? IndicatorForm.empty() : IndicatorForm.of(indicators.indicator(code)));
    }

    @PostMapping("/catalogue")
    String saveIndicator(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding,
                         @RequestParam(required = false) @MaxLength(40) String existing, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(binding));
            return catalogueForm(model, existing, form);
        }
        try {
            indicators.saveIndicator(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return catalogueForm(model, existing, form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/indicators/catalogue";
    }

    private String catalogueForm(Model model, String code, IndicatorForm form) {
        model.addAttribute("existing", code);
        model.addAttribute("form", form);
        model.addAttribute("units", Unit.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("sources", GrowthSource.values());
        return "indicator/catalogue-form";
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void filters(Model model, String region, YearMonth month) {
        model.addAttribute("regions", indicators.selectableRegions());
        model.addAttribute("region", region);
        model.addAttribute("period", month.toString());
        model.addAttribute("periodLabel", Period.monthly(month.getYear(), month.getMonthValue()).label());
        model.addAttribute("query", "region=" + region + "&period=" + month);
    }

    private String region(String region) {
        return region == null || region.isBlank() ? users.requireCurrent().regionCode() : region.strip();
    }

    /** The month asked for (2023-12, 2023年1-12月 …), else the latest with data, else last month. */
    private YearMonth month(String region, String period) {
        if (period != null && !period.isBlank()) {
            Period p = Period.parse("period", period);
            return YearMonth.of(p.year(), p.toMonth());
        }
        return indicators.latestMonth(region).orElse(YearMonth.now(clock.withZone(ChinaTime.ZONE)).minusMonths(1));
    }

    private static BigDecimal decimal(String value, String field, String label) {
        try {
            return Numbers.parse(value);
        } catch (NumberFormatException e) {
            throw FieldErrors.of(field, "“" + label + "”应为数字，实际为'" + value.strip() + "'");
        }
    }

    private static ResponseEntity<byte[]> xlsx(String file, String sheet, List<String> headers, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, sheet, headers, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(file)).body(out.toByteArray());
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
