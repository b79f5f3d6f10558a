package org.fagai.indicator.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.RankingLine;
import org.fagai.indicator.TrendPoint;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Period;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The economic monitoring pages that read: overview (运行一览), one indicator, the comparison matrix (区县对比). */
@Controller
@RequestMapping("/indicators")
class IndicatorPageController {

    private final IndicatorNames names;
    private final EconomicIndicators indicators;
    private final IndicatorSheets sheets;
    private final PagePeriod pages;
    private final UserDirectory users;
    private final RegionDirectory regions;
    private final MessageText text;
    private final JsonMapper json;

    IndicatorPageController(EconomicIndicators indicators, IndicatorSheets sheets, PagePeriod pages, UserDirectory users,
                            RegionDirectory regions, MessageText text, JsonMapper json, IndicatorNames names) {
        this.names = names;
        this.indicators = indicators;
        this.sheets = sheets;
        this.pages = pages;
        this.users = users;
        this.regions = regions;
        this.text = text;
        this.json = json;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String region, @RequestParam(required = false) String period, Model model) {
        String code = pages.region(region);
        YearMonth month = pages.month(code, period);
        Overview overview = names.overview(indicators.overview(code, month.getYear(), month.getMonthValue()));
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
        pages.filters(model, code, month);
        return "indicator/overview";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> exportOverview(@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
        String code = pages.region(region);
        return PagePeriod.download(sheets.overview(code, pages.month(code, period)));
    }

    @GetMapping("/{code:[A-Z][A-Z0-9_]*}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String period, Model model) {
        IndicatorView indicator = indicators.indicator(code);
        String regionCode = pages.region(region);
        YearMonth month = pages.month(regionCode, period);
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
        pages.filters(model, regionCode, month);
        return "indicator/detail";
    }

    @GetMapping("/{code:[A-Z][A-Z0-9_]*}/export")
    ResponseEntity<byte[]> exportIndicator(@PathVariable String code, @RequestParam(required = false) String region,
                                           @RequestParam(required = false) String period) {
        String regionCode = pages.region(region);
        return PagePeriod.download(sheets.indicator(code, regionCode, pages.month(regionCode, period)));
    }

    /** The districts are ranked among their parent's, a city among its own districts. */
    private String rankingParent(String regionCode) {
        String parent = regions.get(regionCode).parentCode();
        CurrentUser user = users.requireCurrent();
        return parent != null && user.canSeeRegion(parent) ? parent
                : regions.children(regionCode).isEmpty() && parent != null ? parent : regionCode;
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(required = false) String region, @RequestParam(required = false) String period, Model model) {
        String code = pages.region(region);
        YearMonth month = pages.month(code, period);
        model.addAttribute("comparison", names.comparison(indicators.comparison(code, month.getYear(), month.getMonthValue())));
        pages.filters(model, code, month);
        return "indicator/matrix";
    }

    @GetMapping("/matrix/export")
    ResponseEntity<byte[]> exportMatrix(@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
        String code = pages.region(region);
        return PagePeriod.download(sheets.matrix(code, pages.month(code, period)));
    }
}
