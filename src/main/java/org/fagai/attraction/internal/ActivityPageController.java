package org.fagai.attraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.fagai.shared.StoredText;
import org.fagai.attraction.internal.ActivityList.Filter;
import org.fagai.attraction.internal.AttractionCommands.NewEvent;
import org.fagai.attraction.internal.AttractionCommands.NewNegotiation;
import org.fagai.attraction.internal.AttractionCommands.NewTrip;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.fagai.shared.web.ReaderLanguage;
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

/** Pages of trips (外出招商), negotiations (洽谈会) and signing events (签约活动): each a filtered, paged list with its form and export. */
@Controller
class ActivityPageController {

    private static final int EXPORT_SIZE = 100_000;

    private final Activities activities;
    private final ActivityList list;
    private final LeadList leads;
    private final AttractionAccess access;
    private final AuditLog audit;
    private final MessageText text;
    private final Clock clock;

    ActivityPageController(Activities activities, ActivityList list, LeadList leads, AttractionAccess access, AuditLog audit,
                           MessageText text, Clock clock) {
        this.activities = activities;
        this.list = list;
        this.leads = leads;
        this.access = access;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    /** {@code kind}: trips, negotiations or events; {@code principal} filters trips led by principal leaders, or major events. */
    @GetMapping("/attraction/{kind:trips|negotiations|events}")
    String list(@PathVariable @MaxLength(12) String kind, @RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(required = false) @MaxLength(6) String region, @RequestParam(required = false) @MaxLength(100) String q,
                @RequestParam(required = false) Boolean principal, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        Filter filter = new Filter(year, region, q, principal, page, Math.min(size, 200));
        ActivityList.Page<?> result = switch (kind) {
            case "trips" -> list.trips(filter);
            case "negotiations" -> list.negotiations(filter);
            default -> list.events(filter);
        };
        model.addAttribute("items", result.items());
        Map<String, String> filters = new HashMap<>();
        filters.put("year", year == null ? null : year.toString());
        filters.put("region", region);
        filters.put("q", q);
        filters.put("principal", principal == null ? null : principal.toString());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), filters));
        model.addAttribute("keeper", AttractionAccess.keeps(access.reader()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("levels", EventLevel.values());
        if (kind.equals("negotiations")) {
            model.addAttribute("openLeads", leads.search(new LeadQuery(null, null, null, null, null, null, null, null, null, false,
                    "-progress", 0, 200)).items());
        }
        return "attraction/" + kind;
    }

    @GetMapping("/attraction/{kind:trips|negotiations|events}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable @MaxLength(12) String kind,
                                                 @RequestParam(required = false) @CalendarYear Integer year,
                                                 @RequestParam(required = false) @MaxLength(6) String region,
                                                 @RequestParam(required = false) @MaxLength(100) String q,
                                                 @RequestParam(required = false) Boolean principal) {
        Filter filter = new Filter(year, region, q, principal, 0, EXPORT_SIZE);
        StreamingResponseBody body = switch (kind) {
            case "trips" -> {
                var rows = list.trips(filter).items();
                yield out -> AttractionExports.trips(out, rows, text);
            }
            case "negotiations" -> {
                var rows = list.negotiations(filter).items();
                yield out -> AttractionExports.negotiations(out, rows, text);
            }
            default -> {
                var rows = list.events(filter).items();
                yield out -> AttractionExports.events(out, rows, text);
            }
        };
        audit.record(AuditAction.EXPORT, "attraction", kind, StoredText.of("attraction.audit.activities.export",
                new StoredText.Label("attraction.export." + kind + ".title")));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("attraction.export." + kind + ".file")))
                .body(ReaderLanguage.carried(body));
    }

    @PostMapping("/attraction/trips")
    String trip(@ModelAttribute NewTrip command, RedirectAttributes redirect) {
        return save("trips", redirect, () -> activities.trip(command));
    }

    @PostMapping("/attraction/negotiations")
    String negotiation(@ModelAttribute NewNegotiation command, RedirectAttributes redirect) {
        return save("negotiations", redirect, () -> activities.negotiation(command));
    }

    @PostMapping("/attraction/events")
    String event(@ModelAttribute NewEvent command, RedirectAttributes redirect) {
        return save("events", redirect, () -> activities.event(command));
    }

    private String save(String kind, RedirectAttributes redirect, Supplier<Long> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", text.get("attraction.activity.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (LeadRefused e) {
            redirect.addFlashAttribute("errors", java.util.List.of(new FieldErrors.FieldError("leadIds", e.getMessage())));
        }
        return "redirect:/attraction/" + kind;
    }
}
