package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.fagai.attraction.AttractionFiguresChanged;
import org.fagai.shared.ConflictException;
import org.fagai.shared.StoredText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Loads and stores {@link Lead}s (optimistic version), keeping what the aggregate decided column by column. */
@Component
class LeadStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final LeadMonthTotals totals;

    LeadStore(JdbcClient jdbc, ApplicationEventPublisher events, LeadMonthTotals totals) {
        this.events = events;
        this.jdbc = jdbc;
        this.totals = totals;
    }

    long insert(Lead lead, String createdBy) {
        Lead.Facts f = lead.facts();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO attraction_lead (investor_name, investor_credit_code, foreign_registration, origin, project_name,
                          industry_code, chain, intended_investment, contact_person, contact_phone, source, trip_id,
                          referrer_credit_code, source_note, region_code, officer_id, stage, found_on, last_progress_on, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LEAD', ?, ?, ?)""")
                .params(f.investorName(), f.investorCreditCode(), f.foreignRegistration(), f.origin().name(), f.projectName(),
                        f.industryCode(), f.chain(), f.intendedInvestment(), f.contactPerson(), f.contactPhone(), f.source().name(),
                        f.tripId(), f.referrerCreditCode(), f.sourceNote(), f.regionCode(), f.officerId(), lead.state.found,
                        lead.state.found, createdBy)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        totals.added(id);
        lead.assigned(id);
        update(lead);
        return id;
    }

    void update(Lead lead) {
        Lead.State s = lead.state;
        totals.removing(lead.id(), lead.version());
        int rows = jdbc.sql("""
                        UPDATE attraction_lead SET stage = ?, found_on = ?, negotiating_on = ?, signed_on = ?, registered_on = ?,
                          started_on = ?, producing_on = ?, full_capacity_on = ?, agreement = ?, agreed_investment = ?, agreed_usd = ?,
                          agreed_on = ?, funds_in_place = ?, company_credit_code = ?, project_code = ?, dropped_on = ?, drop_reason = ?,
                          last_progress_on = ?, stalled_from = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(s.stage.name(), s.found, s.negotiating, s.signed, s.registered, s.started, s.producing, s.fullCapacity,
                        s.agreement == null ? null : s.agreement.name(), s.agreedInvestment, s.agreedUsd, s.agreedOn,
                        s.fundsInPlace, s.companyCreditCode, s.projectCode, s.droppedOn, s.dropReason, s.lastProgressOn,
                        lead.stalledFrom(), lead.id(), lead.version())
                .update();
        if (rows == 0) {
            throw new ConflictException("id", StoredText.of("attraction.error.leadStale"));
        }
        totals.stored(lead.id());
        lead.stored();
        events.publishEvent(new AttractionFiguresChanged(lead.facts().regionCode()));
    }

    Optional<Lead> find(long id) {
        return jdbc.sql("SELECT * FROM attraction_lead WHERE id = ?").param(id).query(LeadStore::map).optional();
    }

    /** The lead locked for this transaction (a negotiation or signing waits for another one on the same lead). */
    Optional<Lead> lock(long id) {
        return jdbc.sql("SELECT * FROM attraction_lead WHERE id = ? FOR UPDATE").param(id).query(LeadStore::map).optional();
    }

    static Lead map(ResultSet rs, int n) throws SQLException {
        Long trip = rs.getObject("trip_id", Long.class);
        Lead.Facts facts = new Lead.Facts(rs.getString("investor_name"), rs.getString("investor_credit_code"),
                rs.getString("foreign_registration"), Origin.valueOf(rs.getString("origin")), rs.getString("project_name"),
                rs.getString("industry_code"), rs.getString("chain"), rs.getBigDecimal("intended_investment"),
                rs.getString("contact_person"), rs.getString("contact_phone"), LeadSource.valueOf(rs.getString("source")),
                trip, rs.getString("referrer_credit_code"), rs.getString("source_note"),
                rs.getString("region_code"), rs.getLong("officer_id"));
        Lead.State s = new Lead.State();
        s.stage = LeadStage.valueOf(rs.getString("stage"));
        s.found = date(rs, "found_on");
        s.negotiating = date(rs, "negotiating_on");
        s.signed = date(rs, "signed_on");
        s.registered = date(rs, "registered_on");
        s.started = date(rs, "started_on");
        s.producing = date(rs, "producing_on");
        s.fullCapacity = date(rs, "full_capacity_on");
        String agreement = rs.getString("agreement");
        s.agreement = agreement == null ? null : AgreementType.valueOf(agreement);
        s.agreedInvestment = rs.getBigDecimal("agreed_investment");
        s.agreedUsd = rs.getBigDecimal("agreed_usd");
        s.agreedOn = date(rs, "agreed_on");
        BigDecimal funds = rs.getBigDecimal("funds_in_place");
        s.fundsInPlace = funds == null ? BigDecimal.ZERO : funds;
        s.companyCreditCode = rs.getString("company_credit_code");
        s.projectCode = rs.getString("project_code");
        s.droppedOn = date(rs, "dropped_on");
        s.dropReason = rs.getString("drop_reason");
        s.lastProgressOn = date(rs, "last_progress_on");
        return new Lead(rs.getLong("id"), rs.getInt("version"), facts, s);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
