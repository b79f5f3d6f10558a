package org.fagai.planning.internal.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.PlanSummary;
import org.fagai.planning.internal.Downloads;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.planning.internal.RegionChoices;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages: the plans, a plan with its progress and actuals, the evaluation table and its report. */
@Controller
class PlanPageController {

    /** The creation form of a plan (its indicators are added one by one). */
    record PlanForm(@org.fagai.shared.MaxLength(100) String name, @org.fagai.shared.MaxLength(6) String regionCode,
                    Integer fromYear, Integer toYear) implements java.io.Serializable {
    }

    /** One indicator's actuals by plan year (null where none). */
    record ActualRow(PlanIndicator indicator, List<YearActual> byYear) {
    }

    private final Plans plans;
    private final PlanningAccess access;
    private final RegionChoices regions;
    private final EconomicIndicators monitoring;
    private final MessageText text;
    private final JsonMapper json;
    private final Clock clock;

    PlanPageController(Plans plans, PlanningAccess access, RegionChoices regions, EconomicIndicators monitoring, MessageText text,
                       JsonMapper json, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.regions = regions;
        this.monitoring = monitoring;
        this.text = text;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/planning/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.plans());
        model.addAttribute("regions", regions.writable());
        if (!model.containsAttribute("form")) {
            int year = LocalDate.now(clock).getYear();
            model.addAttribute("form", new PlanForm("", access.reader().regionCode(), year, year + 4));
        }
        return "planning/plans";
    }

    @PostMapping("/planning/plans")
    String create(@ModelAttribute("form") PlanForm form, RedirectAttributes redirect) {
        try {
            PlanSummary plan = plans.create(new PlanCommands.NewPlan(form.name(), form.regionCode(), form.fromYear(), form.toYear(),
                    List.of()));
            redirect.addFlashAttribute("saved", text.get("planning.plan.created", plan.name()));
            return "redirect:/planning/plans/" + plan.id();
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
            return "redirect:/planning/plans";
        }
    }

    @GetMapping("/planning/plans/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year, Model model) {
        PlanView plan = plans.plan(id);
        int at = year == null ? Math.max(plan.fromYear(), Math.min(LocalDate.now(clock).getYear(), plan.toYear())) : year;
        List<IndicatorProgress> progress = plans.progress(id, at);
        List<List<YearActual>> actuals = plans.actualTable(plan);
        List<ActualRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.indicators().size(); i++) {
            Map<Integer, YearActual> byYear = new LinkedHashMap<>();
            actuals.get(i).forEach(a -> byYear.put(a.year(), a));
            rows.add(new ActualRow(plan.indicators().get(i), plan.years().stream().map(byYear::get).toList()));
        }
        CurrentUser user = access.reader();
        model.addAttribute("plan", plan);
        model.addAttribute("year", at);
        model.addAttribute("progress", progress);
        model.addAttribute("rows", rows);
        model.addAttribute("mayWrite", access.mayWrite(user, plan.regionCode()));
        model.addAttribute("catalogue", monitoring.catalogue());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("chartData", json.writeValueAsString(chart(plan, progress, at)));
        model.addAttribute("chartLabels", json.writeValueAsString(Map.of("completion", text.get("planning.chart.completion"),
                "time", text.get("planning.chart.time"))));
        if (!model.containsAttribute("indicatorForm")) {
            model.addAttribute("indicatorForm", new PlanCommands.NewIndicator("", "", "", null, Boolean.FALSE, "", "HIGHER",
                    "LEVEL", null, "", null, ""));
        }
        return "planning/plan";
    }

    @PostMapping("/planning/plans/{id}/indicators")
    String addIndicator(@PathVariable long id, @ModelAttribute("indicatorForm") PlanCommands.NewIndicator form,
                        RedirectAttributes redirect) {
        try {
            PlanIndicator added = plans.addIndicator(id, form);
            redirect.addFlashAttribute("saved", text.get("planning.indicator.added", added.name()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("indicatorForm", form);
        }
        return "redirect:/planning/plans/" + id;
    }

    @PostMapping("/planning/plans/{id}/actuals")
    String recordActual(@PathVariable long id, @ModelAttribute PlanCommands.ActualCommand form, RedirectAttributes redirect) {
        try {
            plans.recordActual(id, form);
            redirect.addFlashAttribute("saved", text.get("planning.actual.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/planning/plans/" + id + (form.year() == null ? "" : "?year=" + form.year());
    }

    @GetMapping("/planning/plans/{id}/evaluation")
    String evaluation(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year, Model model) {
        PlanView plan = plans.plan(id);
        int at = year == null ? plan.midTermYear() : year;
        Evaluation evaluation = Evaluation.of(plan, at, plans.progress(id, at));
        model.addAttribute("plan", plan);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("title", EvaluationReport.title(evaluation));
        model.addAttribute("opening", EvaluationReport.opening(evaluation));
        return "planning/evaluation";
    }

    @GetMapping("/planning/plans/{id}/evaluation/report")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year) {
        PlanView plan = plans.plan(id);
        int at = year == null ? plan.midTermYear() : year;
        Evaluation evaluation = Evaluation.of(plan, at, plans.progress(id, at));
        return Downloads.docx(EvaluationReport.title(evaluation) + ".docx", EvaluationReport.draft(evaluation));
    }

    @GetMapping("/planning/plans/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id, @RequestParam(required = false) @CalendarYear Integer year) {
        PlanView plan = plans.plan(id);
        int at = year == null ? Math.min(LocalDate.now(clock).getYear(), plan.toYear()) : year;
        List<IndicatorProgress> progress = plans.progress(id, at);
        List<List<?>> rows = progress.stream().<List<?>>map(p -> java.util.Arrays.asList(p.group(), p.code(), p.name(),
                text.get(p.binding() ? "planning.binding" : "planning.indicative"), p.unit(), text.get("planning.kind." + p.targetKind()),
                p.target(), p.baseValue(), p.targetValue(), p.actualYear(), p.actual(), p.pathValue(), p.achievedRate(), p.expectedRate(),
                text.get(p.status().labelKey()))).toList();
        String title = text.get("planning.export.plan.title");
        List<String> headers = text.list("planning.export.plan.headers");
        StreamingResponseBody body = out -> ExcelExport.write(out, title, headers, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("planning.export.plan.file", plan.name(),
                String.valueOf(at)))).body(body);
    }

    /** Per indicator: the share of the distance from base to target covered, against the share of the period elapsed. */
    private static List<Map<String, Object>> chart(PlanView plan, List<IndicatorProgress> progress, int year) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (IndicatorProgress p : progress) {
            if (p.actual() == null || p.targetValue().compareTo(p.baseValue()) == 0) {
                continue;
            }
            BigDecimal share = p.actual().subtract(p.baseValue()).multiply(BigDecimal.valueOf(100))
                    .divide(p.targetValue().subtract(p.baseValue()), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
            BigDecimal time = BigDecimal.valueOf(100L * (p.actualYear() - plan.baseYear()))
                    .divide(BigDecimal.valueOf(plan.toYear() - plan.baseYear()), 1, RoundingMode.HALF_UP);
            data.add(Map.of("name", p.name(), "completion", share, "time", time, "colour", p.colour()));
        }
        return data;
    }
}
