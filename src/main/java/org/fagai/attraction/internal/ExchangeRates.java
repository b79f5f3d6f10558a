package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.Changes;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates as data. The rate of a signing is the rate of its day, or — the central parity is not published on
 * weekends and holidays — the latest one before it, at most {@value #MAX_GAP_DAYS} days earlier; an amount in 万美元
 * times that rate is the amount in 万元, rounded to the fen of 万元 (two decimals, half up).
 */
@Component
class ExchangeRates {

    static final String USD = "USD";
    static final int MAX_GAP_DAYS = 15;
    private static final BigDecimal MAX_RATE = new BigDecimal("100000");

    /** A rate as applied: its own date, which may be before the day it is used for. */
    record DayRate(String currency, LocalDate date, BigDecimal rate) {

        BigDecimal toWan(BigDecimal foreignWan) {
            return foreignWan.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }
    }

    record RateRow(String currency, LocalDate date, BigDecimal rate, String source, String enteredBy) {
    }

    private final JdbcClient jdbc;
    private final AttractionAccess access;
    private final AuditLog audit;

    ExchangeRates(JdbcClient jdbc, AttractionAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The rate for a day, or a field error on {@code field} when none was entered for it or the days before. */
    DayRate rateFor(String currency, LocalDate day, String field) {
        return find(currency, day).orElseThrow(() -> FieldErrors.of(field, StoredText.of("attraction.error.rateMissing", day, MAX_GAP_DAYS)));
    }

    Optional<DayRate> find(String currency, LocalDate day) {
        return jdbc.sql("""
                        SELECT currency, rate_date, rate FROM attraction_exchange_rate
                        WHERE currency = ? AND rate_date <= ? AND rate_date >= ? ORDER BY rate_date DESC LIMIT 1""")
                .params(currency, day, day.minusDays(MAX_GAP_DAYS))
                .query((rs, n) -> new DayRate(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                .optional();
    }

    @Transactional
    DayRate put(AttractionCommands.RateEntry entry) {
        CurrentUser user = access.keeper();
        Commands.check(entry);
        String currency = entry.currency() == null || entry.currency().isBlank() ? USD : entry.currency().strip().toUpperCase();
        if (!currency.equals(USD)) {
            throw FieldErrors.of("currency", StoredText.of("attraction.error.usdOnly"));
        }
        if (entry.date() == null) {
            throw FieldErrors.of("date", StoredText.of("attraction.error.rateDateMissing"));
        }
        Years.check("date", entry.date().getYear());
        BigDecimal rate = entry.rate();
        if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) >= 0 || rate.stripTrailingZeros().scale() > 6) {
            throw FieldErrors.of("rate", StoredText.of("attraction.error.rateValue"));
        }
        String source = entry.source() == null || entry.source().isBlank() ? null : entry.source().strip();
        java.util.Map<String, Object> before = jdbc.sql("SELECT rate, source FROM attraction_exchange_rate WHERE currency = ? AND rate_date = ?")
                .params(currency, entry.date()).query((rs, n) -> fields(rs.getBigDecimal("rate"), rs.getString("source"))).optional()
                .orElseGet(() -> fields(null, null));
        jdbc.sql("""
                        INSERT INTO attraction_exchange_rate (currency, rate_date, rate, source, entered_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (currency, rate_date) DO UPDATE SET rate = EXCLUDED.rate, source = EXCLUDED.source,
                          entered_by = EXCLUDED.entered_by, entered_at = now()""")
                .params(currency, entry.date(), rate, source, user.username()).update();
        audit.record(AuditAction.UPDATE, "attraction-rate", currency + "@" + entry.date(), StoredText.of("attraction.audit.rate.changed",
                currency, entry.date(), Changes.stored(before, fields(rate, source))));
        return new DayRate(currency, entry.date(), rate);
    }

    List<RateRow> recent(int limit) {
        access.reader();
        return jdbc.sql("SELECT currency, rate_date, rate, source, entered_by FROM attraction_exchange_rate"
                        + " ORDER BY rate_date DESC, currency LIMIT ?")
                .param(limit)
                .query((rs, n) -> new RateRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static java.util.Map<String, Object> fields(BigDecimal rate, String source) {
        java.util.Map<String, Object> fields = Changes.snapshot();
        fields.put("attraction.audit.field.rate", rate);
        fields.put("attraction.audit.field.source", source);
        return fields;
    }
}
