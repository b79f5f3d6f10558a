package org.fagai.attraction.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.attraction.AttractionFigures.Summary;
import org.fagai.attraction.internal.ActivityList.Filter;
import org.fagai.attraction.internal.AttractionCommands.Drop;
import org.fagai.attraction.internal.AttractionCommands.FundsArrival;
import org.fagai.attraction.internal.AttractionCommands.NewEvent;
import org.fagai.attraction.internal.AttractionCommands.NewLead;
import org.fagai.attraction.internal.AttractionCommands.NewNegotiation;
import org.fagai.attraction.internal.AttractionCommands.NewSigning;
import org.fagai.attraction.internal.AttractionCommands.NewTrip;
import org.fagai.attraction.internal.AttractionCommands.RateEntry;
import org.fagai.attraction.internal.AttractionCommands.StageChange;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 招商引资 over JSON; amounts in 万元. A step the lead's life cycle does not allow is 409, bad input 400 naming the field. */
@ApiController("/api/v1/attraction")
class AttractionApiController {

    private final Activities activities;
    private final ActivityList activityList;
    private final Leads leads;
    private final Signings signings;
    private final LeadList leadList;
    private final LeadDetails details;
    private final AttractionStatistics statistics;
    private final DistrictRanking ranking;
    private final FunnelJson funnelJson;
    private final ExchangeRates rates;
    private final GroupNames names;
    private final Clock clock;

    private final Formats fmt;

    AttractionApiController(Activities activities, ActivityList activityList, Leads leads, Signings signings, LeadList leadList,
                            LeadDetails details, AttractionStatistics statistics, DistrictRanking ranking, FunnelJson funnelJson,
                            ExchangeRates rates, GroupNames names, Clock clock, Formats fmt) {
        this.fmt = fmt;
        this.activities = activities;
        this.activityList = activityList;
        this.leads = leads;
        this.signings = signings;
        this.leadList = leadList;
        this.details = details;
        this.statistics = statistics;
        this.ranking = ranking;
        this.funnelJson = funnelJson;
        this.rates = rates;
        this.names = names;
        this.clock = clock;
    }

    @PostMapping("/trips")
    ResponseEntity<Map<String, Long>> trip(@RequestBody NewTrip command) {
        long id = activities.trip(command);
        return ResponseEntity.created(URI.create("/api/v1/attraction/trips?id=" + id)).body(Map.of("id", id));
    }

    @GetMapping("/trips")
    ActivityList.Page<ActivityList.TripView> trips(@RequestParam(required = false) @CalendarYear Integer year,
                                                   @RequestParam(required = false) @MaxLength(6) String region,
                                                   @RequestParam(required = false) @MaxLength(100) String q,
                                                   @RequestParam(required = false) Boolean principal,
                                                   @RequestParam(defaultValue = "0") @PageNumber int page,
                                                   @RequestParam(defaultValue = "20") @PageSize int size) {
        return activityList.trips(new Filter(year, region, q, principal, page, size));
    }

    @PostMapping("/leads")
    ResponseEntity<LeadDetails.Detail> lead(@RequestBody NewLead command) {
        long id = leads.create(command);
        return ResponseEntity.created(URI.create("/api/v1/attraction/leads/" + id)).body(details.of(id));
    }

    @GetMapping("/leads")
    LeadList.Page leads(@RequestParam(required = false) @MaxLength(100) String q,
                        @RequestParam(required = false) @MaxLength(6) String region,
                        @RequestParam(required = false) LeadStage stage, @RequestParam(required = false) Origin origin,
                        @RequestParam(required = false) @MaxLength(30) String chain, @RequestParam(required = false) Long officerId,
                        @RequestParam(required = false) LeadSource source, @RequestParam(required = false) @CalendarYear Integer year,
                        @RequestParam(required = false) Boolean stalled, @RequestParam(required = false) Boolean dropped,
                        @RequestParam(required = false) @MaxLength(20) String sort,
                        @RequestParam(defaultValue = "0") @PageNumber int page,
                        @RequestParam(defaultValue = "20") @PageSize int size) {
        return leadList.search(new LeadQuery(q, region, stage, origin, chain, officerId, source, year, stalled, dropped, sort, page, size));
    }

    @GetMapping("/leads/{id}")
    LeadDetails.Detail lead(@PathVariable long id) {
        return details.of(id);
    }

    @PostMapping("/leads/{id}/stage")
    LeadDetails.Detail stage(@PathVariable long id, @RequestBody StageChange command) {
        leads.changeStage(id, command);
        return details.of(id);
    }

    @PostMapping("/leads/{id}/funds")
    LeadDetails.Detail funds(@PathVariable long id, @RequestBody FundsArrival command) {
        leads.fundsArrived(id, command);
        return details.of(id);
    }

    @PostMapping("/leads/{id}/drop")
    LeadDetails.Detail drop(@PathVariable long id, @RequestBody Drop command) {
        leads.drop(id, command);
        return details.of(id);
    }

    @PostMapping("/negotiations")
    ResponseEntity<Map<String, Long>> negotiation(@RequestBody NewNegotiation command) {
        long id = activities.negotiation(command);
        return ResponseEntity.created(URI.create("/api/v1/attraction/negotiations?id=" + id)).body(Map.of("id", id));
    }

    @GetMapping("/negotiations")
    ActivityList.Page<ActivityList.NegotiationView> negotiations(@RequestParam(required = false) @CalendarYear Integer year,
                                                                 @RequestParam(required = false) @MaxLength(6) String region,
                                                                 @RequestParam(required = false) @MaxLength(100) String q,
                                                                 @RequestParam(defaultValue = "0") @PageNumber int page,
                                                                 @RequestParam(defaultValue = "20") @PageSize int size) {
        return activityList.negotiations(new Filter(year, region, q, null, page, size));
    }

    @PostMapping("/events")
    ResponseEntity<Map<String, Long>> event(@RequestBody NewEvent command) {
        long id = activities.event(command);
        return ResponseEntity.created(URI.create("/api/v1/attraction/events?id=" + id)).body(Map.of("id", id));
    }

    /** {@code major=true}: only 省级以上 events. */
    @GetMapping("/events")
    ActivityList.Page<ActivityList.EventView> events(@RequestParam(required = false) @CalendarYear Integer year,
                                                     @RequestParam(required = false) @MaxLength(6) String region,
                                                     @RequestParam(required = false) @MaxLength(100) String q,
                                                     @RequestParam(required = false) Boolean major,
                                                     @RequestParam(defaultValue = "0") @PageNumber int page,
                                                     @RequestParam(defaultValue = "20") @PageSize int size) {
        return activityList.events(new Filter(year, region, q, major, page, size));
    }

    @PostMapping("/signings")
    ResponseEntity<Signings.SigningView> sign(@RequestBody NewSigning command) {
        Signings.SigningView signing = signings.sign(command);
        return ResponseEntity.created(URI.create("/api/v1/attraction/leads/" + signing.leadId())).body(signing);
    }

    /** The seed's figures for a period (from/to, or a year; default this year to today) and region (default the user's). */
    @GetMapping("/summary")
    Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) @CalendarYear Integer year,
                    @RequestParam(required = false) @MaxLength(6) String region) {
        return statistics.summary(AttractionPeriod.of(from, to, year, LocalDate.now(clock)), region, LocaleContextHolder.getLocale());
    }

    /** Counts per stage and the rates; {@code groupBy} CHAIN, OFFICER or REGION adds them per group. */
    @GetMapping("/funnel")
    Map<String, Object> funnel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) @CalendarYear Integer year,
                               @RequestParam(required = false) @MaxLength(6) String region,
                               @RequestParam(required = false) AttractionStatistics.By groupBy) {
        return funnelJson.of(statistics.funnel(AttractionPeriod.of(from, to, year, LocalDate.now(clock)), region, groupBy));
    }

    /** The districts of the region ranked by 协议投资, with their activities and rates. */
    @GetMapping("/ranking")
    List<Map<String, Object>> ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) @CalendarYear Integer year,
                                      @RequestParam(required = false) @MaxLength(6) String region) {
        return ranking.rank(AttractionPeriod.of(from, to, year, LocalDate.now(clock)), region).rows().stream().map(r -> {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("rank", r.rank());
            line.put("region", r.code());
            line.put("name", r.name());
            line.put("trips", r.trips());
            line.put("negotiations", r.negotiations());
            line.put("majorEvents", r.majorEvents());
            line.put("signed", FunnelJson.signed(r.funnel().signed()));
            line.put("rates", FunnelJson.rates(r.funnel().rates()));
            return line;
        }).toList();
    }

    @GetMapping("/rates")
    List<ExchangeRates.RateRow> rates() {
        return rates.recent(200);
    }

    @PutMapping("/rates")
    ExchangeRates.DayRate putRate(@RequestBody RateEntry entry) {
        return rates.put(entry);
    }

    /** The industry chains (产业链) leads are grouped by: code → name. */
    @GetMapping("/chains")
    Map<String, String> chains() {
        return names.chains();
    }

    @ExceptionHandler(LeadRefused.class)
    ProblemDetail refused(LeadRefused e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, fmt.stored(StoredText.of("shared.problem.notAllowed")), fmt.stored(e.getMessage()));
    }
}
