package org.fagai.businessenv.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.businessenv.InvestmentInterestRegistered;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investors register interest in a published offer without signing in: the fields are checked (the credit code by
 * GB 32100), an address may register {@code per-ip-per-hour} times an hour and everyone together {@code per-hour} (the
 * bound that stands in for a CAPTCHA; counted in the database, so it holds across instances), one interest per
 * offer and credit code. Each registration is announced as {@link InvestmentInterestRegistered} (a 招商 lead).
 */
@Service
class InterestRegistrations {

    private static final String PHONE = "[0-9+\\-() ]{7,30}";

    /** Too many registrations: the page answers 429 with the Chinese message. */
    static class TooMany extends RuntimeException {
        TooMany(String message) {
            super(message);
        }
    }

    record InterestView(long id, String investorName, String creditCode, String contactName, String contactPhone,
                        String message, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final InvestmentOffers offers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final EvaluationAccess access;
    private final int perIpPerHour;
    private final int perHour;

    InterestRegistrations(JdbcClient jdbc, InvestmentOffers offers, ApplicationEventPublisher events, AuditLog audit,
                          EvaluationAccess access,
                          @Value("${fagai.businessenv.interest.per-ip-per-hour:5}") int perIpPerHour,
                          @Value("${fagai.businessenv.interest.per-hour:300}") int perHour) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.events = events;
        this.audit = audit;
        this.access = access;
        this.perIpPerHour = perIpPerHour;
        this.perHour = perHour;
    }

    @Transactional
    long register(long offerId, OfferCommands.Interest command, String clientIp) {
        Commands.check(command);
        OfferView offer = offers.published(offerId);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String name = required(command.investorName(), "investorName", StoredText.of("businessenv.error.investorRequired"), errors);
        if (name != null && name.length() < 2) {
            errors.add(new FieldErrors.FieldError("investorName", StoredText.of("businessenv.error.investorTooShort")));
        }
        CreditCode.Check check = CreditCode.check(command.creditCode() == null ? "" : command.creditCode());
        if (!check.valid()) {
            errors.add(new FieldErrors.FieldError("creditCode", StoredText.of("businessenv.error.creditCodeInvalid", check.reason())));
        }
        String contact = required(command.contactName(), "contactName", StoredText.of("businessenv.error.contactRequired"), errors);
        if (command.contactPhone() == null || !command.contactPhone().strip().matches(PHONE)) {
            errors.add(new FieldErrors.FieldError("contactPhone", StoredText.of("businessenv.error.phoneDigits")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String ip = clientIp == null || clientIp.length() > 45 ? "unknown" : clientIp;
        Map<String, Object> counts = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE client_ip = ?) AS mine, count(*) AS everyone
                        FROM be_investment_interest WHERE created_at > now() - INTERVAL '1 hour'""")
                .param(ip).query().singleRow();
        if (((Number) counts.get("mine")).longValue() >= perIpPerHour || ((Number) counts.get("everyone")).longValue() >= perHour) {
            throw new TooMany(StoredText.of("businessenv.error.tooFrequent"));
        }
        String code = check.code();
        if (jdbc.sql("SELECT count(*) FROM be_investment_interest WHERE offer_id = ? AND credit_code = ?").params(offerId, code)
                .query(Long.class).single() > 0) {
            throw new ConflictException("creditCode", StoredText.of("businessenv.error.interestRepeated"));
        }
        String message = command.message() == null || command.message().isBlank() ? null : command.message().strip();
        long id = jdbc.sql("""
                        INSERT INTO be_investment_interest (offer_id, investor_name, credit_code, contact_name, contact_phone, message, client_ip)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(offerId, name, code, contact, command.contactPhone().strip(), message, ip).query(Long.class).single();
        audit.recordAs("public", ip, AuditAction.CREATE, "investment-interest", String.valueOf(id),
                StoredText.of("businessenv.audit.interest.registered", name, code, offer.title()));
        events.publishEvent(new InvestmentInterestRegistered(id, offerId, offer.title(), offer.projectCode(), offer.regionCode(),
                name, code, contact, command.contactPhone().strip(), message));
        return id;
    }

    @Transactional(readOnly = true)
    List<InterestView> forOffer(long offerId) {
        access.requireRegion(offers.get(offerId).regionCode());
        return jdbc.sql("""
                        SELECT id, investor_name, credit_code, contact_name, contact_phone, message, created_at
                        FROM be_investment_interest WHERE offer_id = ? ORDER BY id DESC LIMIT 500""")
                .param(offerId).query((rs, n) -> new InterestView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    private static String required(String value, String field, String message, List<FieldErrors.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldErrors.FieldError(field, message));
            return null;
        }
        return value.strip();
    }
}
