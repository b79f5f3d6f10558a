package org.fagai.indicator.internal;

import org.fagai.shared.StoredText;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.ValueCommand;
import org.fagai.indicator.ValuePage;
import org.fagai.indicator.ValueQuery;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The economic monitoring pages that write: targets (目标设定) and values (数据填报: form, import, template). */
@Controller
@RequestMapping("/indicators")
class IndicatorDataController {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final IndicatorNames names;
    private final EconomicIndicators indicators;
    private final ValueFiles files;
    private final IndicatorSheets sheets;
    private final PagePeriod pages;
    private final MessageText text;

    IndicatorDataController(EconomicIndicators indicators, ValueFiles files, IndicatorSheets sheets, PagePeriod pages,
                            MessageText text, IndicatorNames names) {
        this.names = names;
        this.indicators = indicators;
        this.files = files;
        this.sheets = sheets;
        this.pages = pages;
        this.text = text;
    }

    /** Form of the value entry; numbers as text so a typo is reported, not a binding failure. */
    record ValueForm(@MaxLength(40) String indicatorCode, @MaxLength(6) String regionCode, @MaxLength(30) String period,
                     @MaxLength(30) String value, @MaxLength(30) String reportedGrowth) {
    }

    record TargetForm(@MaxLength(40) String indicatorCode, @MaxLength(6) String regionCode, Integer year,
                      @MaxLength(30) String growthTarget, @MaxLength(30) String absoluteTarget) {
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String region, @RequestParam(required = false) @CalendarYear Integer year, Model model) {
        String code = pages.region(region);
        int y = year == null ? pages.month(code, null).getYear() : year;
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
            return targetPage(model, pages.regionOrOwn(form.regionCode()), form.year() == null ? pages.currentYear() : form.year(), form);
        }
        redirect.addFlashAttribute("saved", text.get("common.saved"));
        return "redirect:/indicators/targets?region=" + form.regionCode() + "&year=" + form.year();
    }

    @GetMapping("/targets/export")
    ResponseEntity<byte[]> exportTargets(@RequestParam(required = false) String region, @RequestParam(required = false) @CalendarYear Integer year) {
        String code = pages.region(region);
        return PagePeriod.download(sheets.targets(code, year == null ? pages.month(code, null).getYear() : year));
    }

    private String targetPage(Model model, String code, int year, TargetForm form) {
        model.addAttribute("targets", names.targets(indicators.targets(code, year)));
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("catalogue", indicators.catalogue().stream().filter(IndicatorView::enabled).toList());
        model.addAttribute("regions", indicators.selectableRegions());
        model.addAttribute("region", code);
        return "indicator/targets";
    }

    @GetMapping("/values")
    String values(@RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
                  @RequestParam(required = false) @CalendarYear Integer year, @RequestParam(defaultValue = "0") @PageNumber int page,
                  @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        return valuePage(model, indicator, region, year, page, size, emptyValueForm());
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
            return valuePage(model, null, null, null, 0, DEFAULT_PAGE_SIZE, form);
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
            return valuePage(model, null, null, null, 0, DEFAULT_PAGE_SIZE, emptyValueForm());
        }
    }

    @GetMapping("/values/template")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.writeTemplate(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(files.templateFile())).body(out.toByteArray());
    }

    @GetMapping("/values/export")
    ResponseEntity<byte[]> exportValues(@RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
                                        @RequestParam(required = false) @CalendarYear Integer year) {
        return PagePeriod.download(sheets.values(indicator, region, year));
    }

    private ValueForm emptyValueForm() {
        return new ValueForm("", pages.region(null), "", "", "");
    }

    private String valuePage(Model model, String indicator, String region, Integer year, int page, int size, ValueForm form) {
        ValuePage result = indicators.values(new ValueQuery(indicator, region, year, page, size));
        model.addAttribute("values", names.values(result.values()));
        model.addAttribute("pager", new Pagination(page, Math.max(1, Math.min(size, IndicatorSheets.MAX_VALUES)), result.total(),
                Map.of("indicator", str(indicator), "region", str(region), "year", year == null ? "" : year.toString())));
        model.addAttribute("form", form);
        model.addAttribute("catalogue", indicators.catalogue().stream().filter(IndicatorView::enabled).toList());
        model.addAttribute("regions", indicators.selectableRegions());
        return "indicator/values";
    }

    private static BigDecimal decimal(String value, String field, String label) {
        try {
            return Numbers.parse(value);
        } catch (NumberFormatException e) {
            throw FieldErrors.of(field, StoredText.of("indicator.error.notNumber", label, value.strip()));
        }
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
