package org.fagai.funds.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
import org.fagai.funds.FundsAccount.Figures;
import org.fagai.funds.FundsAccount.Line;
import org.fagai.funds.FundsAccount.Summary;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** 资金争取 over JSON; amounts in 万元. A broken declaration rule is 422 naming it, a step out of order 409. */
@ApiController("/api/v1/funds")
class FundsApiController {

    private final FundApplications applications;
    private final ApplicationList list;
    private final ApplicationHistory history;
    private final FundsLedger ledger;
    private final ChannelSettings settings;
    private final Formats fmt;
    private final MessageText text;

    FundsApiController(FundApplications applications, ApplicationList list, ApplicationHistory history, FundsLedger ledger,
                       ChannelSettings settings, Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
        this.applications = applications;
        this.list = list;
        this.history = history;
        this.ledger = ledger;
        this.settings = settings;
    }

    record Detail(ApplicationView application, List<ApplicationHistory.StepView> steps,
                  List<ApplicationHistory.MonthSpending> spending) {
    }

    @PostMapping("/applications")
    ResponseEntity<Detail> declare(@RequestBody FundCommands.Declare command) {
        long id = applications.declare(command);
        return ResponseEntity.created(URI.create("/api/v1/funds/applications/" + id)).body(detail(id));
    }

    @GetMapping("/applications")
    ApplicationList.Page search(@RequestParam(required = false) @CalendarYear Integer year,
                                @RequestParam(required = false) FundChannel channel, @RequestParam(required = false) FundState state,
                                @RequestParam(required = false) @MaxLength(6) String region,
                                @RequestParam(required = false) @MaxLength(30) String sector,
                                @RequestParam(required = false) @MaxLength(6) String colour,
                                @RequestParam(required = false) Boolean idle,
                                @RequestParam(required = false) @MaxLength(30) String projectCode,
                                @RequestParam(required = false) @MaxLength(100) String q,
                                @RequestParam(required = false) @MaxLength(20) String sort,
                                @RequestParam(defaultValue = "0") @PageNumber int page,
                                @RequestParam(defaultValue = "20") @PageSize int size) {
        return list.search(new ApplicationQuery(year, channel, state, region, sector, colour, idle, projectCode, q, sort, page, size));
    }

    @GetMapping("/applications/{id}")
    Detail get(@PathVariable long id) {
        applications.load(id, false);
        return detail(id);
    }

    @PostMapping("/applications/{id}/declare")
    Detail declarePlanned(@PathVariable long id, @RequestBody(required = false) FundCommands.Step command) {
        applications.declarePlanned(id, command == null ? null : command.on());
        return detail(id);
    }

    @PostMapping("/applications/{id}/review")
    Detail review(@PathVariable long id, @RequestBody FundCommands.Review command) {
        applications.review(id, command);
        return detail(id);
    }

    @PostMapping("/applications/{id}/allocate")
    Detail allocate(@PathVariable long id, @RequestBody FundCommands.Allocate command) {
        applications.allocate(id, command);
        return detail(id);
    }

    @PostMapping("/applications/{id}/disburse")
    Detail disburse(@PathVariable long id, @RequestBody FundCommands.Disburse command) {
        applications.disburse(id, command);
        return detail(id);
    }

    @PostMapping("/spending")
    Detail spending(@RequestBody FundCommands.Spending command) {
        applications.spend(command);
        return detail(command.applicationId());
    }

    @GetMapping("/summary")
    Map<String, Object> summary(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        Summary summary = ledger.summary(year, region, LocaleContextHolder.getLocale());
        Map<String, Object> channels = new LinkedHashMap<>();
        summary.channels().forEach((channel, line) -> channels.put(channel.name(), json(line)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", summary.year());
        body.put("region", summary.regionCode());
        body.put("regionName", summary.regionName());
        body.put("channels", channels);
        body.put("total", json(summary.total()));
        body.put("superiorRequested", summary.superiorRequested());
        body.put("sentence", summary.sentence());
        return body;
    }

    /** The account by district (REGION), sector (SECTOR) or channel and 专项 (PROGRAM). */
    @GetMapping("/account")
    Map<String, Object> account(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region,
                                @RequestParam(defaultValue = "REGION") FundsLedger.By by) {
        Map<String, Object> lines = new LinkedHashMap<>();
        ledger.lines(year, region, by).forEach((key, line) -> lines.put(key, json(line)));
        return Map.of("year", year, "by", by.name(), "lines", lines);
    }

    @GetMapping("/rules")
    ChannelSettings.Rules rules() {
        return settings.rules();
    }

    @PutMapping("/rules/channels/{channel}")
    ChannelSettings.Rules changeChannel(@PathVariable FundChannel channel, @RequestBody FundCommands.ChannelChange change) {
        settings.change(channel, change);
        return settings.rules();
    }

    @ExceptionHandler(DeclarationRefused.class)
    ProblemDetail refused(DeclarationRefused e) {
        ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT, text.get("funds.problem.refused"),
                fmt.stored(e.getMessage()));
        problem.setProperty("errors", e.rules().stream()
                .map(r -> new DeclarationRefused.BrokenRule(r.rule(), fmt.stored(r.message()))).toList());
        return problem;
    }

    @ExceptionHandler(StepRefused.class)
    ProblemDetail outOfOrder(StepRefused e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, text.get("funds.problem.stepRefused"), fmt.stored(e.getMessage()));
    }

    private Detail detail(long id) {
        return new Detail(list.one(id), history.steps(id), history.spending(id));
    }

    static Map<String, Object> json(Line line) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("declared", figures(line.declared(), "requested"));
        body.put("approved", figures(line.approved(), "approved"));
        body.put("allocated", figures(line.allocated(), "allocated"));
        body.put("spent", figures(line.spent(), "spent"));
        return body;
    }

    private static Map<String, Object> figures(Figures f, String amountName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", f.count());
        body.put("totalInvestment", f.totalInvestment());
        body.put(amountName, f.amount());
        return body;
    }
}
