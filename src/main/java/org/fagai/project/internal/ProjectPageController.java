package org.fagai.project.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.blockers.BlockerBook;
import org.fagai.project.internal.blockers.BlockerCategory;
import org.fagai.project.internal.blockers.BlockerInput;
import org.fagai.project.internal.blockers.LoopChoices;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.progress.ProgressRow;
import org.fagai.project.internal.registry.PlanLine;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.project.internal.registry.ProjectInput;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectView;
import org.fagai.project.internal.search.ProjectListItem;
import org.fagai.project.internal.search.ProjectQuery;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.project.internal.search.ProjectSheets;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Period;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The key-project pages: library list, project page, create/edit, stage, 入库, code, blockers raised on a project. */
@Controller
@RequestMapping("/projects")
public class ProjectPageController {

    /** The earliest year the year filter offers. */
    private static final int FIRST_LIST_YEAR = 2020;

    private final ProjectRegistry registry;
    private final ProjectSearch search;
    private final ProgressLedger ledger;
    private final BlockerBook blockers;
    private final ProjectSheets sheets;
    private final RegionDirectory regions;
    private final UserDirectory users;
    private final MessageText text;
    private final JsonMapper json;
    private final Clock clock;
    private final LoopChoices loopChoices;
    private final ProjectFlags flags;
    /**
     * The list's and the project page's reads (3 and 4 services) in one read-only transaction, so a page takes one
     * pooled connection once instead of once per service (the month-end load test queued for connections).
     */
    private final TransactionTemplate reads;

    ProjectPageController(ProjectRegistry registry, ProjectSearch search, ProgressLedger ledger, BlockerBook blockers,
                          ProjectSheets sheets, RegionDirectory regions, UserDirectory users, MessageText text, JsonMapper json,
                          Clock clock, LoopChoices loopChoices, ProjectFlags flags, PlatformTransactionManager transactions) {
        this.flags = flags;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.json = json;
        this.registry = registry;
        this.search = search;
        this.ledger = ledger;
        this.blockers = blockers;
        this.sheets = sheets;
        this.regions = regions;
        this.users = users;
        this.text = text;
        this.clock = clock;
        this.loopChoices = loopChoices;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("investmentTypes", InvestmentType.values());
        model.addAttribute("natures", ProjectNature.values());
        model.addAttribute("colours", WarningColour.values());
        model.addAttribute("categories", BlockerCategory.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) ProjectLevel level,
                @RequestParam(required = false) ProjectNature nature, @RequestParam(required = false) ProjectStage stage,
                @RequestParam(required = false) String region, @RequestParam(required = false) String industry,
                @RequestParam(required = false) WarningColour warning, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        ProjectQuery query = new ProjectQuery(year, level, nature, stage, region, industry, warning, q, sort, desc, page, size);
        return reads.execute(status -> listed(query, model));
    }

    private String listed(ProjectQuery query, Model model) {
        ProjectSearch.Page result = search.search(query);
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        filters.put("year", String.valueOf(result.year()));
        model.addAttribute("result", result);
        model.addAttribute("flags", flags.of(result.items().stream().map(ProjectListItem::code).toList()));
        model.addAttribute("pager", new Pagination(query.page(), Math.min(query.size(), ProjectQuery.MAX_PAGE_SIZE), result.total(), filters));
        model.addAttribute("regionChoices", regions.children(users.requireCurrent().regionCode()));
        model.addAttribute("years", years(result.year()));
        return "project/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @CalendarYear Integer year,
                                                 @RequestParam(required = false) ProjectLevel level,
                                                 @RequestParam(required = false) ProjectNature nature,
                                                 @RequestParam(required = false) ProjectStage stage,
                                                 @RequestParam(required = false) String region,
                                                 @RequestParam(required = false) String industry,
                                                 @RequestParam(required = false) WarningColour warning,
                                                 @RequestParam(required = false) String q) {
        ByteArrayOutputStream out = sheets.export(new ProjectQuery(year, level, nature, stage, region, industry, warning, q,
                null, false, 0, 0));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("project.export.file"))).body(out::writeTo);
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return reads.execute(status -> shown(code, model));
    }

    private String shown(String code, Model model) {
        ProjectView project = registry.view(code);
        List<ProgressRow> progress = ledger.history(project);
        model.addAttribute("project", project);
        model.addAttribute("flags", flags.of(List.of(project.code())));
        model.addAttribute("progress", progress);
        model.addAttribute("blockers", blockers.board(null, null, false, project.code(), 200));
        if (users.requireCurrent().role() != Role.OWNER && users.requireCurrent().role() != Role.LEADER) {
            loopChoices.addTo(model);
        }
        model.addAttribute("chart", json.writeValueAsString(progressChart(progress)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1));
        return "project/show";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new ProjectInput(null, "", "", "", "", "", users.requireCurrent().regionCode(), "", "", "",
                "", "", null, null, null, null, null, null, null, null, ProjectStage.IDEA.name(), LocalDate.now(clock).getYear(),
                ProjectLevel.CITY.name(), ProjectNature.NEW.name(), null, null));
        model.addAttribute("editing", false);
        return "project/form";
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        ProjectView p = registry.view(code);
        PlanLine plan = p.plans().isEmpty() ? null : p.plans().get(0);
        model.addAttribute("form", new ProjectInput(p.code(), p.name(), p.ownerUnit(), p.ownerCreditCode(), p.department(),
                p.leader(), p.regionCode(), p.industryCode(), p.location(), p.scaleContent(), str(p.startMonth()), str(p.endMonth()),
                p.totalInvestment(), p.funding().central(), p.funding().specialBond(), p.funding().local(), p.funding().self(),
                p.funding().loan(), p.funding().other(), p.completedBefore(), p.stage().name(),
                plan == null ? null : plan.year(), plan == null ? null : plan.level().name(),
                plan == null ? null : plan.nature().name(), plan == null ? null : plan.plannedInvestment(),
                p.investmentType().name()));
        model.addAttribute("editing", true);
        return "project/form";
    }

    @PostMapping
    String create(@ModelAttribute("form") ProjectInput form, Model model, RedirectAttributes redirect) {
        try {
            String code = registry.create(form);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
            return "redirect:/projects/" + code;
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("editing", false);
            return "project/form";
        }
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") ProjectInput form, Model model, RedirectAttributes redirect) {
        try {
            registry.update(code, form);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
            return "redirect:/projects/" + code;
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("editing", true);
            return "project/form";
        }
    }

    @PostMapping("/{code}/stage")
    String changeStage(@PathVariable String code, @RequestParam ProjectStage stage,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String note, RedirectAttributes redirect) {
        return act(code, redirect, () -> registry.changeStage(code, stage, date, note));
    }

    @PostMapping("/{code}/registration")
    String register(@PathVariable String code,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
                    RedirectAttributes redirect) {
        return act(code, redirect, () -> registry.register(code, registeredOn));
    }

    @PostMapping("/{code}/code")
    String replaceCode(@PathVariable String code, @RequestParam @MaxLength(50) String newCode, RedirectAttributes redirect) {
        try {
            String replaced = registry.replaceCode(code, newCode);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
            return "redirect:/projects/" + replaced;
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/projects/" + code;
        }
    }

    @PostMapping("/{code}/progress/reopen")
    String reopen(@PathVariable String code, @RequestParam @MaxLength(20) String month, RedirectAttributes redirect) {
        return act(code, redirect, () -> ledger.reopen(code, ProjectApiController.parseMonth(month)));
    }

    @PostMapping("/{code}/blockers")
    String raiseBlocker(@PathVariable String code, @ModelAttribute BlockerInput input, RedirectAttributes redirect) {
        return act(code, redirect, () -> blockers.raise(code, input));
    }

    private String act(String code, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/" + code;
    }

    private static Map<String, Object> progressChart(List<ProgressRow> rows) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> monthly = new ArrayList<>();
        List<BigDecimal> ytd = new ArrayList<>();
        List<BigDecimal> plan = new ArrayList<>();
        for (ProgressRow r : rows) {
            months.add(r.month().toString());
            monthly.add(r.completedInvestment());
            ytd.add(r.yearToDate());
            plan.add(r.annualPlan() == null ? null : Period.monthly(r.month()).timeShareOf(r.annualPlan()));
        }
        return Map.of("months", months, "monthly", monthly, "ytd", ytd, "plan", plan);
    }

    private List<Integer> years(int shown) {
        int last = search.warningMonth(shown).getYear() + 1;
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(last, shown); y >= FIRST_LIST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    private static String str(YearMonth month) {
        return month == null ? "" : month.toString();
    }
}
