package org.fagai.funds.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the application list, the declaration form, an application with its steps, and the project page's panel. */
@Controller
class FundsPageController {

    private final FundApplications applications;
    private final ApplicationList list;
    private final ApplicationHistory history;
    private final ChannelSettings settings;
    private final MessageText text;
    private final Clock clock;

    FundsPageController(FundApplications applications, ApplicationList list, ApplicationHistory history,
                        ChannelSettings settings, MessageText text, Clock clock) {
        this.applications = applications;
        this.list = list;
        this.history = history;
        this.settings = settings;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/funds/applications")
    String list(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) FundChannel channel,
                @RequestParam(required = false) FundState state, @RequestParam(required = false) @MaxLength(6) String region,
                @RequestParam(required = false) @MaxLength(30) String sector, @RequestParam(required = false) @MaxLength(6) String colour,
                @RequestParam(required = false) Boolean idle, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(required = false) @MaxLength(20) String sort,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        ApplicationQuery query = new ApplicationQuery(year, channel, state, region, sector, colour, idle, null, q, sort, page,
                Math.min(size, 200));
        ApplicationList.Page result = list.search(query);
        model.addAttribute("applications", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), FundsExports.filters(query)));
        model.addAttribute("channels", FundChannel.values());
        model.addAttribute("states", FundState.values());
        model.addAttribute("rules", settings.rules());
        return "funds/list";
    }

    @GetMapping("/funds/applications/new")
    String form(Model model) {
        model.addAttribute("form", new FundCommands.Declare(FundChannel.SPECIAL_BOND, null, LocalDate.now(clock).getYear(), null,
                null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false));
        return formPage(model);
    }

    @PostMapping("/funds/applications")
    String declare(@ModelAttribute("form") FundCommands.Declare form, Model model, RedirectAttributes redirect) {
        long id;
        try {
            id = applications.declare(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return formPage(model);
        } catch (DeclarationRefused e) {
            model.addAttribute("errors", broken(e));
            return formPage(model);
        }
        redirect.addFlashAttribute("saved", text.get("funds.declared", id));
        return "redirect:/funds/applications/" + id;
    }

    @GetMapping("/funds/applications/{id}")
    String show(@PathVariable long id, Model model) {
        applications.load(id, false);
        model.addAttribute("fund", list.one(id));
        model.addAttribute("steps", history.steps(id));
        model.addAttribute("spending", history.spending(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("thisMonth", YearMonth.now(clock));
        return "funds/show";
    }

    @PostMapping("/funds/applications/{id}/review")
    String review(@PathVariable long id, @ModelAttribute FundCommands.Review command, RedirectAttributes redirect) {
        return step(id, redirect, () -> applications.review(id, command));
    }

    @PostMapping("/funds/applications/{id}/declare")
    String declarePlanned(@PathVariable long id, @ModelAttribute FundCommands.Step command, RedirectAttributes redirect) {
        return step(id, redirect, () -> applications.declarePlanned(id, command.on()));
    }

    @PostMapping("/funds/applications/{id}/allocate")
    String allocate(@PathVariable long id, @ModelAttribute FundCommands.Allocate command, RedirectAttributes redirect) {
        return step(id, redirect, () -> applications.allocate(id, command));
    }

    @PostMapping("/funds/applications/{id}/disburse")
    String disburse(@PathVariable long id, @ModelAttribute FundCommands.Disburse command, RedirectAttributes redirect) {
        return step(id, redirect, () -> applications.disburse(id, command));
    }

    @PostMapping("/funds/applications/{id}/spending")
    String spending(@PathVariable long id, @ModelAttribute FundCommands.Spending command, RedirectAttributes redirect) {
        return step(id, redirect, () -> applications.spend(new FundCommands.Spending(id, command.month(), command.amount())));
    }

    /** The key project page's panel (loaded by htmx): this project's funds by channel and step. */
    @GetMapping("/funds/projects/{code}/panel")
    String projectPanel(@PathVariable @MaxLength(30) String code, Model model) {
        List<ApplicationView> funds = list.ofProject(code);
        model.addAttribute("funds", funds);
        model.addAttribute("projectCode", code);
        model.addAttribute("byChannel", ProjectFunds.byChannel(funds));
        return "funds/panel :: panel";
    }

    @GetMapping("/funds/rules")
    String rules(Model model) {
        model.addAttribute("rules", settings.rules());
        return "funds/rules";
    }

    private String formPage(Model model) {
        model.addAttribute("rules", settings.rules());
        model.addAttribute("channels", FundChannel.values());
        return "funds/form";
    }

    private String step(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", text.get("funds.stepSaved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (StepRefused e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError("state", e.getMessage())));
        } catch (DeclarationRefused e) {
            redirect.addFlashAttribute("errors", broken(e));
        }
        return "redirect:/funds/applications/" + id;
    }

    private static List<FieldErrors.FieldError> broken(DeclarationRefused e) {
        return e.rules().stream().map(r -> new FieldErrors.FieldError(r.rule(), r.message())).toList();
    }
}
