package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.attraction.internal.AttractionCommands.NewSigning;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an agreement for a lead: the lead decides whether it counts the project and what amount is in force; an
 * amount in 万美元 is converted at the day's rate (kept with the signing).
 */
@Service
class Signings {

    private static final BigDecimal MAX_LAND = new BigDecimal("9999999999");

    private final Leads leads;
    private final LeadStore store;
    private final ExchangeRates rates;
    private final AttractionAccess access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Signings(Leads leads, LeadStore store, ExchangeRates rates, AttractionAccess access, AuditLog audit, JdbcClient jdbc,
             Clock clock) {
        this.leads = leads;
        this.store = store;
        this.rates = rates;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signing as stored, with what it did to the lead. */
    record SigningView(long id, long leadId, AgreementType type, LocalDate signedOn, BigDecimal amount, BigDecimal amountUsd,
                       BigDecimal rate, LocalDate rateDate, boolean counted, Long eventId, String eventName, String site,
                       BigDecimal landArea, LocalDate expectedStart, BigDecimal agreedInvestment) {
    }

    @Transactional
    SigningView sign(NewSigning c) {
        CurrentUser user = access.keeper();
        if (c == null) {
            throw FieldErrors.of("leadId", StoredText.of("attraction.error.leadMissing"));
        }
        Commands.check(c);
        List<FieldError> errors = new ArrayList<>();
        if (c.leadId() == null) {
            errors.add(new FieldError("leadId", StoredText.of("attraction.error.leadMissing")));
        }
        AgreementType type = LeadInput.parse(AgreementType.class, "type", c.type(),
                "协议类型应为 FRAMEWORK（框架协议）、CONTRACT（投资协议/正式合同）或 SUPPLEMENT（补充协议）", errors);
        if ((c.amount() == null) == (c.amountUsd() == null)) {
            errors.add(new FieldError("amount", StoredText.of("attraction.error.signingAmountMissing")));
        }
        BigDecimal amount = money("amount", c.amount(), errors);
        BigDecimal usd = money("amountUsd", c.amountUsd(), errors);
        if (c.landArea() != null && (c.landArea().signum() < 0 || c.landArea().compareTo(MAX_LAND) > 0 || c.landArea().scale() > 2)) {
            errors.add(new FieldError("landArea", StoredText.of("attraction.error.landArea")));
        }
        String eventName = event(c.eventId(), user, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Lead lead = leads.locked(c.leadId());
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.signedOn() == null ? today : c.signedOn();
        ExchangeRates.DayRate rate = null;
        if (usd != null) {
            if (on.isAfter(today)) {
                throw FieldErrors.of("signedOn", StoredText.of("attraction.error.dateFuture", on));
            }
            rate = rates.rateFor(ExchangeRates.USD, on, "amountUsd");
            amount = rate.toWan(usd);
            if (amount.compareTo(LeadInput.MAX_AMOUNT) >= 0) {
                throw FieldErrors.of("amountUsd", StoredText.of("attraction.error.amountTooLarge", usd.toPlainString()));
            }
        }
        Lead.Signed signed = lead.sign(type, on, amount, usd, today);
        store.update(lead);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO attraction_signing (lead_id, type, signed_on, amount, amount_usd, rate, rate_date, counted, event_id,
                          site, land_area, expected_start, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lead.id(), type.name(), on, amount, usd, rate == null ? null : rate.rate(), rate == null ? null : rate.date(),
                        signed.counted(), c.eventId(), LeadInput.text(c.site()), c.landArea(), c.expectedStart(), user.username())
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        audit.record(AuditAction.CREATE, Leads.AUDIT_TYPE, String.valueOf(lead.id()), StoredText.of(usd == null
                ? "attraction.audit.signing" : "attraction.audit.signingUsd", StoredText.label("attraction.agreement." + type.name()), on,
                amount.toPlainString(), usd == null ? "" : usd.toPlainString(), rate == null ? "" : rate.rate().toPlainString(),
                rate == null ? "" : rate.date(),
                StoredText.label(signed.counted() ? "attraction.audit.signing.counted" : "attraction.audit.signing.notCounted")));
        return new SigningView(id, lead.id(), type, on, amount, usd, rate == null ? null : rate.rate(), rate == null ? null : rate.date(),
                signed.counted(), c.eventId(), eventName, LeadInput.text(c.site()), c.landArea(), c.expectedStart(),
                signed.agreedInvestment());
    }

    private String event(Long eventId, CurrentUser user, List<FieldError> errors) {
        if (eventId == null) {
            return null;
        }
        var rows = jdbc.sql("SELECT name, region_code FROM attraction_event WHERE id = ?").param(eventId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (rows.isEmpty() || !user.canSeeRegion(rows.get(0)[1])) {
            errors.add(new FieldError("eventId", StoredText.of("attraction.error.signingEventUnknown", eventId)));
            return null;
        }
        return rows.get(0)[0];
    }

    private static BigDecimal money(String field, BigDecimal value, List<FieldError> errors) {
        BigDecimal wan = LeadInput.money(field, value, errors);
        if (wan != null && wan.signum() == 0) {
            errors.add(new FieldError(field, StoredText.of("attraction.error.agreedAmountPositive")));
        }
        return wan;
    }

}
