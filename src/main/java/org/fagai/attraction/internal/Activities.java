package org.fagai.attraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fagai.attraction.AttractionFiguresChanged;
import org.fagai.attraction.internal.AttractionCommands.NewEvent;
import org.fagai.attraction.internal.AttractionCommands.NewNegotiation;
import org.fagai.attraction.internal.AttractionCommands.NewTrip;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records trips (外出招商), negotiations (洽谈会, moving the leads discussed) and signing events (签约活动). */
@Service
class Activities {

    private static final int MAX_LEADS_PER_NEGOTIATION = 50;

    private final Leads leads;
    private final LeadStore store;
    private final AttractionAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Activities(Leads leads, LeadStore store, AttractionAccess access, RegionDirectory regions, AuditLog audit, JdbcClient jdbc,
               Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.leads = leads;
        this.store = store;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    long trip(NewTrip c) {
        CurrentUser user = access.keeper();
        check(c, "startedOn");
        List<FieldError> errors = new ArrayList<>();
        String region = region(c.regionCode(), user, errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = date("startedOn", c.startedOn(), today, errors);
        LocalDate end = c.endedOn() == null ? start : date("endedOn", c.endedOn(), today, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("endedOn", StoredText.of("attraction.error.endBeforeStart")));
        }
        String leaders = required("leaders", c.leaders(), StoredText.of("attraction.error.leadersMissing"), errors);
        String destination = required("destination", c.destination(), StoredText.of("attraction.error.destinationMissing"), errors);
        throwIfAny(errors);
        long id = insert("""
                        INSERT INTO attraction_trip (region_code, started_on, ended_on, principal, leaders, delegation, destination, visited,
                          created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                region, start, end, Boolean.TRUE.equals(c.principal()), leaders, LeadInput.text(c.delegation()), destination,
                LeadInput.text(c.visited()), user.username());
        audit.record(AuditAction.CREATE, "attraction-trip", String.valueOf(id), StoredText.of("attraction.audit.trip", leaders, destination,
                end.equals(start) ? start : StoredText.of("shared.fmt.span", start, end),
                Boolean.TRUE.equals(c.principal()) ? StoredText.label("attraction.audit.trip.principal") : ""));
        events.publishEvent(new AttractionFiguresChanged(region));
        return id;
    }

    /** A negotiation; each lead discussed moves to 洽谈 (or keeps its stage) and counts it as progress. */
    @Transactional
    long negotiation(NewNegotiation c) {
        CurrentUser user = access.keeper();
        check(c, "heldOn");
        List<FieldError> errors = new ArrayList<>();
        String region = region(c.regionCode(), user, errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate held = date("heldOn", c.heldOn(), today, errors);
        String topic = required("topic", c.topic(), StoredText.of("attraction.error.topicMissing"), errors);
        Set<Long> leadIds = new LinkedHashSet<>(c.leadIds() == null ? List.of() : c.leadIds());
        leadIds.remove(null);
        if (leadIds.size() > MAX_LEADS_PER_NEGOTIATION) {
            errors.add(new FieldError("leadIds", StoredText.of("attraction.error.negotiationLeads", MAX_LEADS_PER_NEGOTIATION)));
        }
        throwIfAny(errors);
        long id = insert("""
                        INSERT INTO attraction_negotiation (held_on, region_code, topic, participants, outcome, next_step, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                held, region, topic, LeadInput.text(c.participants()), LeadInput.text(c.outcome()), LeadInput.text(c.nextStep()),
                user.username());
        for (Long leadId : leadIds) {
            Lead lead = leads.locked(leadId);
            lead.negotiated(held, today);
            store.update(lead);
            jdbc.sql("INSERT INTO attraction_negotiation_lead (negotiation_id, lead_id) VALUES (?, ?)").params(id, leadId).update();
        }
        audit.record(AuditAction.CREATE, "attraction-negotiation", String.valueOf(id), leadIds.isEmpty()
                ? StoredText.of("attraction.audit.negotiation", topic, held) : StoredText.of("attraction.audit.negotiationLeads", topic, held, leadIds));
        events.publishEvent(new AttractionFiguresChanged(region));
        return id;
    }

    @Transactional
    long event(NewEvent c) {
        CurrentUser user = access.keeper();
        check(c, "heldOn");
        List<FieldError> errors = new ArrayList<>();
        String region = region(c.regionCode(), user, errors);
        LocalDate held = date("heldOn", c.heldOn(), LocalDate.now(clock), errors);
        String name = required("name", c.name(), StoredText.of("attraction.error.activityNameMissing"), errors);
        EventLevel level = LeadInput.parse(EventLevel.class, "level", c.level(),
                "活动级别应为 NATIONAL（国家级）、PROVINCIAL（省级）、CITY（市级）或 COUNTY（区县级）", errors);
        throwIfAny(errors);
        long id = insert("""
                        INSERT INTO attraction_event (name, held_on, level, major, organizer, location, region_code, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                name, held, level.name(), level.major(), LeadInput.text(c.organizer()), LeadInput.text(c.location()), region,
                user.username());
        audit.record(AuditAction.CREATE, "attraction-event", String.valueOf(id), StoredText.of("attraction.audit.activity.signing", name, held));
        events.publishEvent(new AttractionFiguresChanged(region));
        return id;
    }

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private static void check(Object command, String dateField) {
        if (command == null) {
            throw FieldErrors.of(dateField, StoredText.of("attraction.error.bodyMissing"));
        }
        Commands.check(command);
    }

    private String region(String code, CurrentUser user, List<FieldError> errors) {
        String region = LeadInput.text(code) == null ? user.regionCode() : LeadInput.text(code);
        if (!region.matches("[0-9]{6}") || regions.find(region).isEmpty()) {
            errors.add(new FieldError("regionCode", StoredText.of("attraction.error.regionFormat", region)));
        } else if (!user.canSeeRegion(region)) {
            errors.add(new FieldError("regionCode", StoredText.of("attraction.error.regionOutside", region)));
        }
        return region;
    }

    private static LocalDate date(String field, LocalDate value, LocalDate today, List<FieldError> errors) {
        LocalDate on = value == null ? today : value;
        if (on.isAfter(today) || !Years.contains(on.getYear())) {
            errors.add(new FieldError(field, StoredText.of("attraction.error.dateRange", on, Years.FIRST)));
        }
        return on;
    }

    private static String required(String field, String value, String message, List<FieldError> errors) {
        String text = LeadInput.text(value);
        if (text == null) {
            errors.add(new FieldError(field, message));
        }
        return text;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }
}
