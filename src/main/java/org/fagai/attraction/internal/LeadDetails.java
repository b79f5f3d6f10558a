package org.fagai.attraction.internal;

import org.fagai.shared.web.MessageText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.project.KeyProjectInvestment;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A lead with its history: signings, negotiations, money in place, its registered company and its key project. */
@Component
class LeadDetails {

    record NegotiationLine(long id, LocalDate heldOn, String topic, String outcome, String nextStep) {
    }

    record FundsLine(LocalDate arrivedOn, BigDecimal amount, String note, String by) {
    }

    /** The key project as the lead shows it: its identity and stage, and its completed investment since the start (万元). */
    record KeyProject(String code, String name, String stage, BigDecimal totalInvestment, BigDecimal completedInvestment) {
    }

    record Detail(LeadView lead, List<Signings.SigningView> signings, List<NegotiationLine> negotiations, List<FundsLine> funds,
                  EnterpriseView company, KeyProject project) {
    }

    private final Leads leads;
    private final LeadList list;
    private final EnterpriseRegistry enterprises;
    private final ProjectCatalog projects;
    private final KeyProjectInvestment investment;
    private final JdbcClient jdbc;
    private final MessageText text;

    LeadDetails(Leads leads, LeadList list, EnterpriseRegistry enterprises, ProjectCatalog projects, KeyProjectInvestment investment,
                JdbcClient jdbc, MessageText text) {
        this.text = text;
        this.investment = investment;
        this.leads = leads;
        this.list = list;
        this.enterprises = enterprises;
        this.projects = projects;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Detail of(long id) {
        leads.load(id);
        LeadView lead = list.one(id);
        List<Signings.SigningView> signings = jdbc.sql("""
                        SELECT s.*, e.name AS event_name FROM attraction_signing s LEFT JOIN attraction_event e ON e.id = s.event_id
                        WHERE s.lead_id = ? ORDER BY s.signed_on, s.id""")
                .param(id)
                .query((rs, n) -> new Signings.SigningView(rs.getLong("id"), id, AgreementType.valueOf(rs.getString("type")),
                        rs.getObject("signed_on", LocalDate.class), rs.getBigDecimal("amount"), rs.getBigDecimal("amount_usd"),
                        rs.getBigDecimal("rate"), rs.getObject("rate_date", LocalDate.class), rs.getBoolean("counted"),
                        rs.getObject("event_id", Long.class), rs.getString("event_name"), rs.getString("site"),
                        rs.getBigDecimal("land_area"), rs.getObject("expected_start", LocalDate.class), rs.getBigDecimal("amount")))
                .list();
        List<NegotiationLine> negotiations = jdbc.sql("""
                        SELECT n.id, n.held_on, n.topic, n.outcome, n.next_step FROM attraction_negotiation n
                        JOIN attraction_negotiation_lead nl ON nl.negotiation_id = n.id WHERE nl.lead_id = ? ORDER BY n.held_on, n.id""")
                .param(id)
                .query((rs, n) -> new NegotiationLine(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        List<FundsLine> funds = jdbc.sql("SELECT arrived_on, amount, note, created_by FROM attraction_funds WHERE lead_id = ? ORDER BY arrived_on, id")
                .param(id)
                .query((rs, n) -> new FundsLine(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getString(3), rs.getString(4)))
                .list();
        EnterpriseView company = lead.companyCreditCode() == null ? null : enterprises.find(lead.companyCreditCode()).orElse(null);
        return new Detail(lead, signings, negotiations, funds, company, project(lead.projectCode()));
    }

    private KeyProject project(String code) {
        if (code == null) {
            return null;
        }
        ProjectRef ref = projects.findByCode(code).orElse(null);
        if (ref == null) {
            return null;
        }
        Map<String, BigDecimal> completed = investment.completedSinceStart(List.of(code));
        return new KeyProject(ref.code(), ref.name(), text.get("project.stage." + ref.stage().name()), ref.totalInvestment(),
                completed.getOrDefault(code, BigDecimal.ZERO));
    }
}
