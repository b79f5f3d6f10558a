package org.fagai.planning.internal.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.IndicatorView;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.planning.internal.Downloads;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.planning.internal.RegionChoices;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the annual plan of a region and year, the special actions and one action. */
@Controller
class AnnualPageController {

    private final AnnualPlans plans;
    private final SpecialActions actions;
    private final PlanningAccess access;
    private final RegionChoices regions;
    private final EconomicIndicators monitoring;
    private final OrganizationDirectory directory;
    private final MessageText text;
    private final Clock clock;

    AnnualPageController(AnnualPlans plans, SpecialActions actions, PlanningAccess access, RegionChoices regions,
                         EconomicIndicators monitoring, OrganizationDirectory directory, MessageText text, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.access = access;
        this.regions = regions;
        this.monitoring = monitoring;
        this.directory = directory;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/planning/annual")
    String annual(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) @MaxLength(6) String region,
                  Model model) {
        CurrentUser user = access.reader();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        String r = region == null ? user.regionCode() : region;
        model.addAttribute("year", y);
        model.addAttribute("region", r);
        model.addAttribute("regions", regions.visible());
        model.addAttribute("view", plans.find(r, y).map(plans::view).orElse(null));
        model.addAttribute("mayWrite", access.mayWrite(user, r));
        List<IndicatorView> catalogue = monitoring.catalogue();
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("indicatorNames", catalogue.stream().collect(Collectors.toMap(IndicatorView::code, i -> i.nameIn(locale))));
        people(model);
        return "planning/annual";
    }

    @PostMapping("/planning/annual")
    String create(@ModelAttribute AnnualCommands.NewPlan form, RedirectAttributes redirect) {
        try {
            AnnualPlans.PlanRow created = plans.create(form);
            redirect.addFlashAttribute("saved", text.get("planning.annual.created"));
            return "redirect:/planning/annual?year=" + created.year() + "&region=" + created.regionCode();
        } catch (FieldErrors | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", errors(e));
            return "redirect:/planning/annual";
        }
    }

    @PostMapping("/planning/annual/{id}/targets")
    String target(@PathVariable long id, @ModelAttribute AnnualCommands.MonitoringTarget form, RedirectAttributes redirect) {
        return act(redirect, annualLink(id), () -> text.get("planning.annual.targetSet",
                monitoring.indicator(plans.setMonitoringTarget(id, form).indicatorCode()).nameIn(LocaleContextHolder.getLocale())));
    }

    @PostMapping("/planning/annual/{id}/other-targets")
    String otherTarget(@PathVariable long id, @ModelAttribute AnnualCommands.NewTarget form, RedirectAttributes redirect) {
        return act(redirect, annualLink(id), () -> text.get("planning.indicator.added", plans.addTarget(id, form).name()));
    }

    @PostMapping("/planning/annual/{id}/other-targets/actual")
    String otherActual(@PathVariable long id, @RequestParam(required = false) Long targetId, @ModelAttribute AnnualCommands.Actual form,
                       RedirectAttributes redirect) {
        return act(redirect, annualLink(id), () -> text.get("planning.actual.saved",
                plans.recordActual(id, targetId == null ? -1 : targetId, form).name()));
    }

    @PostMapping("/planning/annual/{id}/tasks")
    String task(@PathVariable long id, @ModelAttribute NewTask form, RedirectAttributes redirect) {
        return act(redirect, annualLink(id), () -> text.get("planning.task.assigned", String.valueOf(plans.assignTask(id, form).itemId())));
    }

    @GetMapping("/planning/annual/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        AnnualPlans.View view = plans.view(plans.get(id));
        return Downloads.docx(ExecutionReport.title(view) + ".docx", ExecutionReport.draft(view));
    }

    @GetMapping("/planning/actions")
    String actions(@RequestParam(required = false) @CalendarYear Integer year, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("actions", actions.list(year).stream().map(a -> actions.view(a.id())).toList());
        model.addAttribute("regions", regions.writable());
        model.addAttribute("year", year == null ? LocalDate.now(clock).getYear() : year);
        model.addAttribute("mayWrite", !regions.writable().isEmpty() && access.mayWrite(user, user.regionCode()));
        return "planning/actions";
    }

    @GetMapping("/planning/actions/export")
    ResponseEntity<StreamingResponseBody> exportActions(@RequestParam(required = false) @CalendarYear Integer year) {
        List<List<?>> rows = actions.list(year).stream().map(a -> actions.view(a.id())).<List<?>>map(v -> List.of(v.action().year(),
                v.regionName(), v.action().name(), v.indicators().size(), v.met(), v.tasks().size(),
                v.tasks().stream().filter(t -> t.state().equals("CLOSED")).count())).toList();
        String title = text.get("planning.export.actions.title");
        List<String> headers = List.of(text.get("planning.export.actions.headers").split("\\|"));
        StreamingResponseBody body = out -> ExcelExport.write(out, title, headers, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("planning.export.actions.file"))).body(body);
    }

    @PostMapping("/planning/actions")
    String createAction(@ModelAttribute AnnualCommands.NewAction form, RedirectAttributes redirect) {
        try {
            SpecialActions.Action created = actions.create(form);
            redirect.addFlashAttribute("saved", text.get("planning.action.created", created.name()));
            return "redirect:/planning/actions/" + created.id();
        } catch (FieldErrors | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", errors(e));
            return "redirect:/planning/actions";
        }
    }

    @GetMapping("/planning/actions/{id}")
    String action(@PathVariable long id, Model model) {
        SpecialActions.View view = actions.view(id);
        model.addAttribute("view", view);
        model.addAttribute("mayWrite", access.mayWrite(access.reader(), view.action().regionCode()));
        people(model);
        return "planning/action";
    }

    @PostMapping("/planning/actions/{id}/indicators")
    String actionIndicator(@PathVariable long id, @ModelAttribute AnnualCommands.NewTarget form, RedirectAttributes redirect) {
        return act(redirect, "/planning/actions/" + id, () -> text.get("planning.indicator.added", actions.addIndicator(id, form).name()));
    }

    @PostMapping("/planning/actions/{id}/indicators/actual")
    String actionActual(@PathVariable long id, @RequestParam(required = false) Long targetId, @ModelAttribute AnnualCommands.Actual form,
                        RedirectAttributes redirect) {
        return act(redirect, "/planning/actions/" + id, () -> text.get("planning.actual.saved",
                actions.recordActual(id, targetId == null ? -1 : targetId, form).name()));
    }

    @PostMapping("/planning/actions/{id}/tasks")
    String actionTask(@PathVariable long id, @ModelAttribute NewTask form, RedirectAttributes redirect) {
        return act(redirect, "/planning/actions/" + id, () -> text.get("planning.task.assigned", String.valueOf(actions.assignTask(id, form).itemId())));
    }

    private String annualLink(long id) {
        AnnualPlans.PlanRow plan = plans.get(id);
        return "/planning/annual?year=" + plan.year() + "&region=" + plan.regionCode();
    }

    private String act(RedirectAttributes redirect, String back, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("saved", change.get());
        } catch (FieldErrors | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", errors(e));
        }
        return "redirect:" + back;
    }

    private static List<FieldErrors.FieldError> errors(RuntimeException e) {
        return e instanceof FieldErrors f ? f.errors() : List.of(new FieldErrors.FieldError("", e.getMessage()));
    }

    private void people(Model model) {
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
    }
}
