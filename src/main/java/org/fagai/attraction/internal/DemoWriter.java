package org.fagai.attraction.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the demo world in batches, with the ids it reserved from the tables' own sequences. */
@Component
@Profile("demo")
class DemoWriter {

    private final JdbcTemplate jdbc;
    private final LeadMonthTotals totals;

    DemoWriter(JdbcTemplate jdbc, LeadMonthTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    Iterator<Long> ids(String sequence, int n) {
        return jdbc.queryForList("SELECT nextval(?::regclass) FROM generate_series(1, ?)", Long.class, sequence, n).iterator();
    }

    void write(DemoWorld w) {
        jdbc.batchUpdate("""
                INSERT INTO attraction_trip (id, region_code, started_on, ended_on, principal, leaders, delegation, destination, visited,
                  created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'city')""",
                w.trips.stream().map(t -> new Object[] {t.id(), t.region(), date(t.start()), date(t.end()), t.principal(), t.leaders(),
                        t.delegation(), t.destination(), t.visited()}).toList());
        jdbc.batchUpdate("""
                INSERT INTO attraction_event (id, name, held_on, level, major, organizer, location, region_code, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'city')""",
                w.events.stream().map(e -> new Object[] {e.id(), e.name(), date(e.heldOn()), e.level().name(), e.level().major(),
                        e.organizer(), e.location(), e.region()}).toList());
        jdbc.batchUpdate("""
                INSERT INTO attraction_lead (id, investor_name, investor_credit_code, foreign_registration, origin, project_name,
                  industry_code, chain, intended_investment, contact_person, contact_phone, source, trip_id, referrer_credit_code,
                  source_note, region_code, officer_id, stage, found_on, negotiating_on, signed_on, registered_on, started_on,
                  producing_on, full_capacity_on, agreement, agreed_investment, agreed_usd, agreed_on, funds_in_place,
                  company_credit_code, project_code, dropped_on, drop_reason, last_progress_on, stalled_from, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'city')""",
                w.leads.stream().map(DemoWriter::lead).toList());
        jdbc.batchUpdate("""
                INSERT INTO attraction_signing (lead_id, type, signed_on, amount, amount_usd, rate, rate_date, counted, event_id, site,
                  land_area, expected_start, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'city')""",
                w.signings.stream().map(s -> new Object[] {s.leadId(), s.type().name(), date(s.on()), s.amount(), s.usd(),
                        s.rate() == null ? null : s.rate().rate(), s.rate() == null ? null : date(s.rate().date()), s.counted(), s.eventId(),
                        s.site(), s.land(), date(s.expectedStart())}).toList());
        Iterator<Long> ids = ids("attraction_negotiation_id_seq", w.negotiations.size());
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (DemoWorld.Negotiation n : w.negotiations) {
            long id = ids.next();
            meetings.add(new Object[] {id, date(n.heldOn()), n.region(), n.topic(), n.participants(), n.outcome(), n.nextStep()});
            n.leadIds().forEach(lead -> links.add(new Object[] {id, lead}));
        }
        jdbc.batchUpdate("""
                INSERT INTO attraction_negotiation (id, held_on, region_code, topic, participants, outcome, next_step, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'city')""", meetings);
        jdbc.batchUpdate("INSERT INTO attraction_negotiation_lead (negotiation_id, lead_id) VALUES (?, ?)", links);
        jdbc.batchUpdate("INSERT INTO attraction_funds (lead_id, arrived_on, amount, note, created_by) VALUES (?, ?, ?, ?, 'city')",
                w.funds.stream().map(f -> new Object[] {f.leadId(), date(f.on()), f.amount(), f.note()}).toList());
        // the leads were written past the store: their month totals are summed once, from what was written
        totals.rebuild();
    }

    private static Object[] lead(Lead lead) {
        Lead.Facts f = lead.facts();
        Lead.State s = lead.state;
        return new Object[] {lead.id(), f.investorName(), f.investorCreditCode(), f.foreignRegistration(), f.origin().name(),
                f.projectName(), f.industryCode(), f.chain(), f.intendedInvestment(), f.contactPerson(), f.contactPhone(),
                f.source().name(), f.tripId(), f.referrerCreditCode(), f.sourceNote(), f.regionCode(), f.officerId(), s.stage.name(),
                date(s.found), date(s.negotiating), date(s.signed), date(s.registered), date(s.started), date(s.producing),
                date(s.fullCapacity), s.agreement == null ? null : s.agreement.name(), s.agreedInvestment, s.agreedUsd,
                date(s.agreedOn), s.fundsInPlace, s.companyCreditCode, s.projectCode, date(s.droppedOn), s.dropReason,
                date(s.lastProgressOn), date(lead.stalledFrom())};
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
