package org.fagai.attraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fagai.attraction.AttractionFigures.Summary;
import org.fagai.attraction.internal.AttractionStatistics.By;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ReaderLanguage;
import org.fagai.shared.web.MessageText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The leader's view (sentence, funnel chart, rates, origins, district ranking, chains, officers), the monthly report, rates. */
@Controller
class OverviewPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AttractionStatistics statistics;
    private final DistrictRanking ranking;
    private final FunnelJson funnelJson;
    private final ExchangeRates rates;
    private final AttractionAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final MessageText text;
    private final Clock clock;

    OverviewPageController(AttractionStatistics statistics, DistrictRanking ranking, FunnelJson funnelJson, ExchangeRates rates,
                           AttractionAccess access, RegionDirectory regions, AuditLog audit, MessageText text, Clock clock) {
        this.statistics = statistics;
        this.ranking = ranking;
        this.funnelJson = funnelJson;
        this.rates = rates;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/attraction")
    String overview(@RequestParam(required = false) @CalendarYear Integer year,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) @MaxLength(6) String region, Model model) {
        LocalDate today = LocalDate.now(clock);
        AttractionPeriod period = AttractionPeriod.of(from, to, year, today);
        Locale locale = LocaleContextHolder.getLocale();
        Summary summary = statistics.summary(period, region, locale);
        DistrictRanking.Ranking ranked = ranking.rank(period, summary.region());
        model.addAttribute("summary", summary);
        model.addAttribute("funnel", ranked.funnel());
        model.addAttribute("ranking", ranked.rows());
        model.addAttribute("byChain", statistics.funnel(period, summary.region(), By.CHAIN).groups());
        model.addAttribute("byOfficer", statistics.funnel(period, summary.region(), By.OFFICER).groups());
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("chart", JSON.writeValueAsString(Map.of("stages", funnelJson.stages(ranked.funnel().leads()))));
        model.addAttribute("regions", regionChoices());
        model.addAttribute("year", year == null && from == null && to == null ? Integer.valueOf(today.getYear()) : year);
        model.addAttribute("period", period);
        model.addAttribute("periodLabel", statistics.label(period, locale));
        model.addAttribute("reportMonth", YearMonth.from(period.to().isAfter(today) ? today : period.to()).toString());
        model.addAttribute("rateNames", FunnelJson.RATES);
        return "attraction/overview";
    }

    /** 招商引资工作月报: the months 1–N of the year, district by district, and the region's own total. */
    @GetMapping("/attraction/report")
    ResponseEntity<StreamingResponseBody> monthlyReport(@RequestParam @MaxLength(7) String month,
                                                        @RequestParam(required = false) @MaxLength(6) String region) {
        YearMonth m = Years.month("month", month);
        AttractionPeriod period = AttractionPeriod.yearToMonth(m);
        AttractionPeriod alone = new AttractionPeriod(m.atDay(1), m.atEndOfMonth());
        Summary summary = statistics.summary(period, region, LocaleContextHolder.getLocale());
        DistrictRanking.Ranking cumulative = ranking.rank(period, summary.region());
        DistrictRanking.Ranking thisMonth = ranking.rank(alone, summary.region());
        String title = text.get("attraction.export.report.title", summary.regionName(),
                statistics.label(period, LocaleContextHolder.getLocale()));
        audit.record(AuditAction.EXPORT, "attraction", summary.region(), StoredText.of("attraction.audit.monthlyReport",
                summary.regionName(), statistics.label(period, Locale.SIMPLIFIED_CHINESE)));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("attraction.export.report.file", summary.regionName(),
                        statistics.label(period, LocaleContextHolder.getLocale()))))
                .body(ReaderLanguage.carried(out -> AttractionExports.monthlyReport(out, title, summary, cumulative, thisMonth, text)));
    }

    @GetMapping("/attraction/rates")
    String rates(Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("rates", rates.recent(200));
        model.addAttribute("keeper", AttractionAccess.keeps(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "attraction/rates";
    }

    @PostMapping("/attraction/rates")
    String putRate(@ModelAttribute AttractionCommands.RateEntry entry, RedirectAttributes redirect) {
        try {
            ExchangeRates.DayRate rate = rates.put(entry);
            redirect.addFlashAttribute("saved", text.get("attraction.rates.saved", rate.date().toString(), rate.rate().toPlainString()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/attraction/rates";
    }

    /** The user's region and the regions directly below it, code → name. */
    private Map<String, String> regionChoices() {
        CurrentUser user = access.reader();
        Map<String, String> choices = new LinkedHashMap<>();
        regions.find(user.regionCode()).ifPresent(r -> choices.put(r.code(), r.name()));
        List.copyOf(regions.children(user.regionCode())).forEach(r -> choices.put(r.code(), r.name()));
        return choices;
    }
}
