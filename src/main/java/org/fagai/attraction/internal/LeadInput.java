package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.attraction.internal.AttractionCommands.NewLead;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.Money;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks a new lead field by field (every problem named at once, in Chinese) and turns it into the lead's facts. */
@Component
class LeadInput {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final RegionDirectory regions;
    private final IndustryDirectory industries;
    private final OrganizationDirectory directory;
    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;

    LeadInput(RegionDirectory regions, IndustryDirectory industries, OrganizationDirectory directory, JdbcClient jdbc,
              EnterpriseRegistry enterprises) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.industries = industries;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    Lead.Facts facts(NewLead c, CurrentUser user) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("attraction.error.bodyMissing"));
        }
        List<FieldError> errors = new ArrayList<>(Commands.violations(c));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String investor = text(c.investorName());
        if (investor == null) {
            errors.add(new FieldError("investorName", StoredText.of("attraction.error.investorMissing")));
        }
        String investorCode = creditCode("investorCreditCode", c.investorCreditCode(), errors);
        Origin origin = parse(Origin.class, "origin", c.origin(), "投资方来源应为 OUTSIDE_CITY（市外）、OUTSIDE_PROVINCE（省外）或 FOREIGN（境外）", errors);
        // the investor's name names the project until the officer gives it its own
        String project = text(c.projectName()) == null ? (investor == null ? null
                : investor.substring(0, Math.min(investor.length(), 196)) + "投资项目") : text(c.projectName());
        String industry = text(c.industryCode());
        if (industry != null && industries.find(industry.toUpperCase()).isEmpty()) {
            errors.add(new FieldError("industryCode", StoredText.of("attraction.error.industryUnknown", industry)));
        }
        String chain = text(c.chain()) == null ? "OTHER" : text(c.chain());
        if (jdbc.sql("SELECT count(*) FROM attraction_chain WHERE code = ?").param(chain).query(Long.class).single() == 0) {
            errors.add(new FieldError("chain", StoredText.of("attraction.error.chainUnknown", chain)));
        }
        BigDecimal intended = amount(c.intendedInvestment(), errors);
        LeadSource source = text(c.source()) == null ? LeadSource.OTHER
                : parse(LeadSource.class, "source", c.source(), "线索来源应为 TRIP、REFERRAL、EXHIBITION、AGENCY 或 OTHER", errors);
        String region = region(c.regionCode(), user, errors);
        Long tripId = trip(c.tripId(), source, user, errors);
        String referrer = creditCode("referrerCreditCode", c.referrerCreditCode(), errors);
        if (source == LeadSource.REFERRAL && referrer == null) {
            errors.add(new FieldError("referrerCreditCode", StoredText.of("attraction.error.referrerMissing")));
        } else if (referrer != null && enterprises.find(referrer).isEmpty()) {
            errors.add(new FieldError("referrerCreditCode", StoredText.of("attraction.error.referrerUnknown", referrer)));
        }
        long officer = officer(c.officerId(), user, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return new Lead.Facts(investor, investorCode, text(c.foreignRegistration()), origin, project,
                industry == null ? null : industry.toUpperCase(), chain, intended, text(c.contactPerson()), text(c.contactPhone()),
                source, tripId, referrer, text(c.sourceNote()), region, officer);
    }

    private String region(String code, CurrentUser user, List<FieldError> errors) {
        String region = text(code) == null ? user.regionCode() : text(code);
        if (!region.matches("[0-9]{6}") || regions.find(region).isEmpty()) {
            errors.add(new FieldError("regionCode", StoredText.of("attraction.error.landingRegionFormat", region)));
        } else if (!user.canSeeRegion(region)) {
            errors.add(new FieldError("regionCode", StoredText.of("attraction.error.landingRegionOutside", region)));
        }
        return region;
    }

    private Long trip(Long tripId, LeadSource source, CurrentUser user, List<FieldError> errors) {
        if (tripId == null) {
            if (source == LeadSource.TRIP) {
                errors.add(new FieldError("tripId", StoredText.of("attraction.error.tripMissing")));
            }
            return null;
        }
        List<String> region = jdbc.sql("SELECT region_code FROM attraction_trip WHERE id = ?").param(tripId).query(String.class).list();
        if (region.isEmpty() || !user.canSeeRegion(region.get(0))) {
            errors.add(new FieldError("tripId", StoredText.of("attraction.error.tripUnknown", tripId)));
            return null;
        }
        return tripId;
    }

    private long officer(Long officerId, CurrentUser user, List<FieldError> errors) {
        if (officerId == null) {
            return user.id();
        }
        var person = directory.person(officerId);
        if (person.isEmpty() || person.get().role().unitAccount()) {
            errors.add(new FieldError("officerId", StoredText.of("attraction.error.officerUnknown", officerId)));
            return user.id();
        }
        return officerId;
    }

    private static BigDecimal amount(BigDecimal value, List<FieldError> errors) {
        BigDecimal wan = money("intendedInvestment", value, errors);
        return wan == null ? BigDecimal.ZERO : wan;
    }

    /** An amount in 万元 (or 万美元): at most two decimals, not negative, below a trillion 万元; null when absent or bad. */
    static BigDecimal money(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal wan = Money.ofWan(value).requireNonNegative().wan();
            if (wan.compareTo(MAX_AMOUNT) >= 0) {
                errors.add(new FieldError(field, StoredText.of("attraction.error.amountTooLarge", value.toPlainString())));
                return null;
            }
            return wan;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    static String creditCode(String field, String raw, List<FieldError> errors) {
        if (text(raw) == null) {
            return null;
        }
        CreditCode.Check check = CreditCode.check(raw);
        if (!check.valid()) {
            errors.add(new FieldError(field, StoredText.of("attraction.error.creditCodeInvalid", check.reason())));
            return null;
        }
        return check.code();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String raw, String message, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
