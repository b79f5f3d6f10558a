package org.fagai.attraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.attraction.internal.AttractionCommands.Drop;
import org.fagai.attraction.internal.AttractionCommands.FundsArrival;
import org.fagai.attraction.internal.AttractionCommands.NewLead;
import org.fagai.attraction.internal.AttractionCommands.NewSigning;
import org.fagai.attraction.internal.AttractionCommands.StageChange;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ReaderLanguage;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
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

/** Pages: the lead list (with its export), the officer's own leads by stage, the new-lead form, a lead and its next steps. */
@Controller
class LeadPageController {

    private static final int EXPORT_LIMIT = 100_000;

    private final Leads leads;
    private final Signings signings;
    private final LeadList list;
    private final LeadDetails details;
    private final ActivityList activities;
    private final GroupNames names;
    private final AttractionAccess access;
    private final OrganizationDirectory directory;
    private final AuditLog audit;
    private final MessageText text;
    private final Clock clock;

    LeadPageController(Leads leads, Signings signings, LeadList list, LeadDetails details, ActivityList activities, GroupNames names,
                       AttractionAccess access, OrganizationDirectory directory, AuditLog audit, MessageText text, Clock clock) {
        this.leads = leads;
        this.signings = signings;
        this.list = list;
        this.details = details;
        this.activities = activities;
        this.names = names;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/attraction/leads")
    String list(@RequestParam(required = false) @MaxLength(100) String q, @RequestParam(required = false) @MaxLength(6) String region,
                @RequestParam(required = false) LeadStage stage, @RequestParam(required = false) Origin origin,
                @RequestParam(required = false) @MaxLength(30) String chain, @RequestParam(required = false) Long officerId,
                @RequestParam(required = false) LeadSource source, @RequestParam(required = false) @CalendarYear Integer year,
                @RequestParam(required = false) Boolean stalled, @RequestParam(required = false) Boolean dropped,
                @RequestParam(required = false) @MaxLength(20) String sort, @RequestParam(required = false) Boolean desc,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        String order = Boolean.TRUE.equals(desc) && sort != null && !sort.startsWith("-") ? "-" + sort : sort;
        LeadQuery query = new LeadQuery(q, region, stage, origin, chain, officerId, source, year, stalled, dropped, order, page,
                Math.min(size, 200));
        LeadList.Page result = list.search(query);
        model.addAttribute("leads", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), filters(query)));
        filterChoices(model);
        model.addAttribute("keeper", AttractionAccess.keeps(access.reader()));
        return "attraction/leads";
    }

    @GetMapping("/attraction/leads/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @MaxLength(100) String q,
                                                 @RequestParam(required = false) @MaxLength(6) String region,
                                                 @RequestParam(required = false) LeadStage stage,
                                                 @RequestParam(required = false) Origin origin,
                                                 @RequestParam(required = false) @MaxLength(30) String chain,
                                                 @RequestParam(required = false) Long officerId,
                                                 @RequestParam(required = false) LeadSource source,
                                                 @RequestParam(required = false) @CalendarYear Integer year,
                                                 @RequestParam(required = false) Boolean stalled,
                                                 @RequestParam(required = false) Boolean dropped,
                                                 @RequestParam(required = false) @MaxLength(20) String sort) {
        List<LeadView> rows = list.all(new LeadQuery(q, region, stage, origin, chain, officerId, source, year, stalled, dropped, sort,
                0, 1), EXPORT_LIMIT);
        audit.record(AuditAction.EXPORT, "attraction", "leads", StoredText.of("attraction.audit.leads.export", rows.size()));
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("attraction.export.leads.file")))
                .body(ReaderLanguage.carried(out -> AttractionExports.leads(out, rows, text)));
    }

    /** The officer's own leads: counts by stage (and stalled), the chosen stage's leads below. */
    @GetMapping("/attraction/mine")
    String mine(@RequestParam(required = false) LeadStage stage, @RequestParam(required = false) Boolean stalled,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        CurrentUser user = access.reader();
        LeadQuery query = new LeadQuery(null, null, stage, null, null, user.id(), null, null, stalled, false, "progress", page,
                Math.min(size, 200));
        LeadList.Page result = list.search(query);
        model.addAttribute("leads", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(), filters(query)));
        model.addAttribute("counts", list.countsByStage(user.id()));
        model.addAttribute("stalledCount", list.stalledCount(user.id()));
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("stage", stage);
        model.addAttribute("stalled", Boolean.TRUE.equals(stalled));
        return "attraction/mine";
    }

    @GetMapping("/attraction/leads/new")
    String form(Model model) {
        access.keeper();
        model.addAttribute("form", new NewLead(null, null, null, "OUTSIDE_PROVINCE", null, null, null, null, null, null, "OTHER", null,
                null, null, null, null, LocalDate.now(clock)));
        return formPage(model);
    }

    @PostMapping("/attraction/leads")
    String create(@ModelAttribute("form") NewLead form, Model model, RedirectAttributes redirect) {
        long id;
        try {
            id = leads.create(form);
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return formPage(model);
        }
        redirect.addFlashAttribute("saved", text.get("attraction.lead.created"));
        return "redirect:/attraction/leads/" + id;
    }

    @GetMapping("/attraction/leads/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("detail", details.of(id));
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("keeper", AttractionAccess.keeps(user));
        model.addAttribute("events", activities.recentEvents(50));
        model.addAttribute("today", LocalDate.now(clock));
        return "attraction/lead";
    }

    @PostMapping("/attraction/leads/{id}/signings")
    String sign(@PathVariable long id, @ModelAttribute NewSigning command, RedirectAttributes redirect) {
        return step(id, redirect, () -> signings.sign(new NewSigning(id, command.type(), command.signedOn(), command.amount(),
                command.amountUsd(), command.eventId(), command.site(), command.landArea(), command.expectedStart())));
    }

    @PostMapping("/attraction/leads/{id}/stage")
    String stage(@PathVariable long id, @ModelAttribute StageChange command, RedirectAttributes redirect) {
        return step(id, redirect, () -> leads.changeStage(id, command));
    }

    @PostMapping("/attraction/leads/{id}/funds")
    String funds(@PathVariable long id, @ModelAttribute FundsArrival command, RedirectAttributes redirect) {
        return step(id, redirect, () -> leads.fundsArrived(id, command));
    }

    @PostMapping("/attraction/leads/{id}/drop")
    String drop(@PathVariable long id, @ModelAttribute Drop command, RedirectAttributes redirect) {
        return step(id, redirect, () -> leads.drop(id, command));
    }

    private String step(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", text.get("attraction.lead.stepSaved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (LeadRefused e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError("stage", e.getMessage())));
        }
        return "redirect:/attraction/leads/" + id;
    }

    private String formPage(Model model) {
        filterChoices(model);
        model.addAttribute("trips", activities.trips(new ActivityList.Filter(null, null, null, null, 0, 50)).items());
        return "attraction/lead-form";
    }

    private void filterChoices(Model model) {
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("chains", names.chains());
        model.addAttribute("people", directory.people().stream().filter(p -> !p.role().unitAccount()).toList());
    }

    private static Map<String, String> filters(LeadQuery q) {
        Map<String, String> filters = new HashMap<>();
        filters.put("q", q.q());
        filters.put("region", q.region());
        filters.put("stage", q.stage() == null ? null : q.stage().name());
        filters.put("origin", q.origin() == null ? null : q.origin().name());
        filters.put("chain", q.chain());
        filters.put("officerId", q.officerId() == null ? null : q.officerId().toString());
        filters.put("source", q.source() == null ? null : q.source().name());
        filters.put("year", q.year() == null ? null : q.year().toString());
        filters.put("stalled", q.stalled() == null ? null : q.stalled().toString());
        filters.put("dropped", q.dropped() == null ? null : q.dropped().toString());
        filters.put("sort", q.sort());
        return filters;
    }
}
