package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.businessenv.InvestmentInterestRegistered;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.organization.Role;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An investor's interest in a project offered to private capital (营商环境's {@link InvestmentInterestRegistered}) becomes
 * a 招商 lead of the offer's region, source 民间投资项目推介, for the region's officer: a district's staff, else the city's
 * (the lowest account id, so the choice is stable), who is notified. One lead per interest: a redelivered event finds its
 * lead and stops.
 */
@Component
class InterestLeads {

    static final String ACTOR = "system";

    private final LeadStore store;
    private final OrganizationDirectory directory;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    InterestLeads(LeadStore store, OrganizationDirectory directory, RegionDirectory regions, AuditLog audit,
                  Notifications notifications, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.regions = regions;
        this.audit = audit;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InvestmentInterestRegistered event) {
        created(event);
    }

    /** The lead created for the interest, or the one an earlier delivery created. */
    long created(InvestmentInterestRegistered e) {
        // one delivery at a time per interest; the unique index stands behind it
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('attraction-interest'), hashtext(?))")
                .param(String.valueOf(e.interestId())).query().singleRow();
        Optional<Long> existing = jdbc.sql("SELECT id FROM attraction_lead WHERE interest_id = ?").param(e.interestId())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Person officer = officer(e.regionCode());
        String note = "民间投资项目推介：" + e.offerTitle() + (e.projectCode() == null ? "" : "（项目代码 " + e.projectCode() + "）");
        Lead.Facts facts = new Lead.Facts(cut(e.investorName(), 200), e.creditCode(), null,
                Origin.ofInvestor(e.creditCode(), e.regionCode()), cut(e.offerTitle(), 200), null, "OTHER", BigDecimal.ZERO,
                cut(e.contactName(), 50), cut(e.contactPhone(), 30), LeadSource.OFFER, null, null, cut(note, 200), e.regionCode(),
                officer.id());
        LocalDate today = LocalDate.now(clock);
        long id = store.insert(Lead.found(facts, today, today), ACTOR);
        jdbc.sql("UPDATE attraction_lead SET interest_id = ? WHERE id = ?").params(e.interestId(), id).update();
        audit.recordAs(ACTOR, null, AuditAction.CREATE, Leads.AUDIT_TYPE, String.valueOf(id), StoredText.of("attraction.audit.interestLead",
                e.investorName(), e.creditCode(), e.offerTitle(),
                e.projectCode() == null ? "" : StoredText.of("attraction.audit.interestLead.project", e.projectCode()), e.interestId(),
                officer.displayName(), e.message() == null ? "" : StoredText.of("attraction.audit.interestLead.message", cut(e.message(), 1000))));
        notifications.send(new NewNotification(officer.id(), "attraction.lead:" + id + ":from-offer", "attraction.offer",
                StoredText.of("attraction.notification.offer", e.investorName()),
                StoredText.of("attraction.notification.offer.body", e.investorName(), e.offerTitle(), e.contactName()), "/attraction/leads/" + id));
        return id;
    }

    /** The staff of the region, else of the regions above it; an administrator when no region has any. */
    private Person officer(String regionCode) {
        List<Person> people = directory.people();
        String region = regionCode;
        while (region != null) {
            String here = region;
            Optional<Person> staff = people.stream()
                    .filter(p -> (p.role() == Role.STAFF || p.role() == Role.DISTRICT) && here.equals(p.regionCode()))
                    .min(Comparator.comparingLong(Person::id));
            if (staff.isPresent()) {
                return staff.get();
            }
            region = regions.find(region).map(RegionView::parentCode).orElse(null);
        }
        return people.stream().filter(p -> p.role() == Role.ADMIN).min(Comparator.comparingLong(Person::id))
                .orElseThrow(() -> new IllegalStateException("没有可负责招商线索的人员：" + regionCode));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
