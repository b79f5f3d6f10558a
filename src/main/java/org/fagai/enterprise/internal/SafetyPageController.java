package org.fagai.enterprise.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.ExcelExport;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 安全生产检查 page: a month's figures, its plans and its hazards (filtered, paged, exported), the form for a month's plan
 * and the random 回头看 draw.
 */
@Controller
class SafetyPageController {

    private final SafetyStatistics statistics;
    private final HazardQueries queries;
    private final SafetyPlans plans;
    private final EnterpriseAccess access;
    private final RegionDirectory regions;
    private final MessageText text;

    SafetyPageController(SafetyStatistics statistics, HazardQueries queries, SafetyPlans plans, EnterpriseAccess access,
                         RegionDirectory regions, MessageText text) {
        this.statistics = statistics;
        this.queries = queries;
        this.plans = plans;
        this.access = access;
        this.regions = regions;
        this.text = text;
    }

    @GetMapping("/safety")
    String safety(@RequestParam(required = false) @MaxLength(7) String month, @RequestParam(required = false) @MaxLength(20) String state,
                  @RequestParam(required = false) @MaxLength(10) String level, @RequestParam(defaultValue = "false") boolean followUp,
                  @RequestParam(required = false) @MaxLength(100) String q,
                  @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                  Model model) {
        CurrentUser user = access.handler();
        YearMonth m = month(month);
        int pageSize = Math.min(size, 200);
        HazardQueries.Page result = queries.list(new HazardQueries.Filter(m, state, level, followUp, q, page, pageSize), user);
        model.addAttribute("hazards", result.items());
        model.addAttribute("stats", statistics.month(m));
        model.addAttribute("plans", queries.plans(m, user));
        model.addAttribute("month", m.toString());
        model.addAttribute("states", HazardState.values());
        model.addAttribute("flags", EnterpriseFlag.values());
        model.addAttribute("regions", planRegions(user));
        model.addAttribute("keeper", EnterprisePageController.keeper(user));
        model.addAttribute("samplePercent", FollowUpSampler.DEFAULT_PERCENT);
        model.addAttribute("pager", new Pagination(page, pageSize, result.total(), Map.of("month", m.toString(), "state", nz(state),
                "level", nz(level), "followUp", followUp ? "true" : "", "q", nz(q))));
        return "enterprise/safety";
    }

    @GetMapping("/safety/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @MaxLength(7) String month,
                                  @RequestParam(required = false) @MaxLength(20) String state,
                                  @RequestParam(required = false) @MaxLength(10) String level,
                                  @RequestParam(defaultValue = "false") boolean followUp,
                                  @RequestParam(required = false) @MaxLength(100) String q) {
        CurrentUser user = access.handler();
        YearMonth m = month(month);
        List<List<?>> rows = HazardExport.rows(queries, new HazardQueries.Filter(m, state, level, followUp, q, 0, 1), user, text);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("enterprise.export.hazards.file", m.toString())))
                .body(Downloads.bytes(out -> ExcelExport.write(out, text.get("enterprise.export.hazards.title", m.toString()),
                        ExportHeaders.of(text, "hazards"), rows)));
    }

    record PlanForm(@MaxLength(7) String month, @MaxLength(30) String flag, @MaxLength(9) String regionCode) {
    }

    @PostMapping("/safety/plans")
    String plan(@ModelAttribute PlanForm form, RedirectAttributes redirect) {
        try {
            plans.plan(new SafetyCommands.Plan(form.month(), form.flag(), form.regionCode()));
            redirect.addFlashAttribute("saved", text.get("enterprise.safety.plan.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/safety?month=" + (form.month() == null || !form.month().matches("\\d{4}-\\d{2}") ? "" : form.month());
    }

    record SampleForm(Integer percent) {
    }

    @PostMapping("/safety/follow-ups/sample")
    String sample(@ModelAttribute SampleForm form, RedirectAttributes redirect) {
        try {
            List<Long> drawn = plans.sample(new SafetyCommands.Sample(form.percent(), null));
            redirect.addFlashAttribute("saved", text.get("enterprise.safety.sample.drawn", drawn.size()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/safety?followUp=true";
    }

    /** The month asked for, or last month (the monthly round is checked after the month). */
    private static YearMonth month(String month) {
        return month == null || month.isBlank() ? YearMonth.now(ChinaTime.ZONE).minusMonths(1) : Years.month("month", month);
    }

    /** Where a plan may be made: the user's region and the divisions below it. */
    private List<RegionView> planRegions(CurrentUser user) {
        List<RegionView> choices = new java.util.ArrayList<>();
        regions.find(user.regionCode()).ifPresent(choices::add);
        choices.addAll(regions.children(user.regionCode()));
        return choices;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
