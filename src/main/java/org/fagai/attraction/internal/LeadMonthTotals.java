package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fagai.attraction.internal.FunnelFigures.LeadCohort;
import org.fagai.attraction.internal.FunnelFigures.OriginFigures;
import org.fagai.attraction.internal.FunnelFigures.SignedCohort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code attraction_lead_month}: the funnel's two cohorts summed per region and month, changed by {@link LeadStore} in the
 * same transaction as each lead it stores (the stored row's contribution taken out, the new one put in), so a
 * month-aligned period reads a few rows per month instead of the period's leads. Rebuilt from the leads after a bulk
 * write that bypasses the store (the demo world, a benchmark's load).
 */
@Component
public class LeadMonthTotals {

    /** The leads' sums per cohort, month and region, each multiplied by the sign (%2$d); %1$s selects the leads counted. */
    private static final String CONTRIBUTION = """
            WITH l AS (%1$s)
            INSERT INTO attraction_lead_month AS t (cohort, month, region_code, records, negotiating, signed, registered, started,
              producing, full_capacity, agreed_investment, funds_in_place, outside_city, outside_city_investment, outside_province,
              outside_province_investment, foreign_projects, foreign_investment)
            SELECT 'FOUND', date_trunc('month', l.found_on)::date, l.region_code, %2$d * count(*), %2$d * count(l.negotiating_on),
              %2$d * count(l.signed_on), %2$d * count(l.registered_on), %2$d * count(l.started_on), %2$d * count(l.producing_on),
              %2$d * count(l.full_capacity_on), 0, 0, 0, 0, 0, 0, 0, 0
            FROM l GROUP BY 2, 3
            UNION ALL
            SELECT 'SIGNED', date_trunc('month', l.signed_on)::date, l.region_code, %2$d * count(*), 0, 0, %2$d * count(l.registered_on),
              %2$d * count(l.started_on), %2$d * count(l.producing_on), %2$d * count(l.full_capacity_on),
              %2$d * coalesce(sum(l.agreed_investment), 0), %2$d * coalesce(sum(l.funds_in_place), 0),
              %2$d * count(*) FILTER (WHERE l.origin = 'OUTSIDE_CITY'),
              %2$d * coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'OUTSIDE_CITY'), 0),
              %2$d * count(*) FILTER (WHERE l.origin = 'OUTSIDE_PROVINCE'),
              %2$d * coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'OUTSIDE_PROVINCE'), 0),
              %2$d * count(*) FILTER (WHERE l.origin = 'FOREIGN'),
              %2$d * coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'FOREIGN'), 0)
            FROM l WHERE l.signed_on IS NOT NULL GROUP BY 2, 3
            ON CONFLICT (cohort, month, region_code) DO UPDATE SET records = t.records + excluded.records,
              negotiating = t.negotiating + excluded.negotiating, signed = t.signed + excluded.signed,
              registered = t.registered + excluded.registered, started = t.started + excluded.started,
              producing = t.producing + excluded.producing, full_capacity = t.full_capacity + excluded.full_capacity,
              agreed_investment = t.agreed_investment + excluded.agreed_investment,
              funds_in_place = t.funds_in_place + excluded.funds_in_place, outside_city = t.outside_city + excluded.outside_city,
              outside_city_investment = t.outside_city_investment + excluded.outside_city_investment,
              outside_province = t.outside_province + excluded.outside_province,
              outside_province_investment = t.outside_province_investment + excluded.outside_province_investment,
              foreign_projects = t.foreign_projects + excluded.foreign_projects,
              foreign_investment = t.foreign_investment + excluded.foreign_investment""";

    private static final String SUMS = """
            SELECT coalesce(sum(records) FILTER (WHERE cohort = 'FOUND'), 0), coalesce(sum(negotiating), 0), coalesce(sum(signed), 0),
              coalesce(sum(registered) FILTER (WHERE cohort = 'FOUND'), 0), coalesce(sum(started) FILTER (WHERE cohort = 'FOUND'), 0),
              coalesce(sum(producing) FILTER (WHERE cohort = 'FOUND'), 0), coalesce(sum(full_capacity) FILTER (WHERE cohort = 'FOUND'), 0),
              coalesce(sum(records) FILTER (WHERE cohort = 'SIGNED'), 0), coalesce(sum(agreed_investment), 0),
              coalesce(sum(registered) FILTER (WHERE cohort = 'SIGNED'), 0), coalesce(sum(started) FILTER (WHERE cohort = 'SIGNED'), 0),
              coalesce(sum(producing) FILTER (WHERE cohort = 'SIGNED'), 0),
              coalesce(sum(full_capacity) FILTER (WHERE cohort = 'SIGNED'), 0), coalesce(sum(funds_in_place), 0),
              coalesce(sum(outside_city), 0), coalesce(sum(outside_city_investment), 0), coalesce(sum(outside_province), 0),
              coalesce(sum(outside_province_investment), 0), coalesce(sum(foreign_projects), 0), coalesce(sum(foreign_investment), 0)
            FROM attraction_lead_month WHERE month BETWEEN ? AND ? AND region_code LIKE ?""";

    /** Both cohorts of a month-aligned period: the leads found in it, the projects first signed in it (no key-project money). */
    record Cohorts(LeadCohort leads, SignedCohort signed) {
    }

    private final JdbcClient jdbc;

    LeadMonthTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the period is whole months, the only periods the totals can answer. */
    static boolean answers(AttractionPeriod period) {
        return period.from().getDayOfMonth() == 1 && period.to().equals(YearMonth.from(period.to()).atEndOfMonth());
    }

    /** The cohorts of a period of whole months in the regions under the prefix ({@code 3399%}); empty for another period. */
    Optional<Cohorts> cohorts(AttractionPeriod period, String prefixPattern) {
        if (!answers(period)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql(SUMS).params(period.from(), period.to().withDayOfMonth(1), prefixPattern).query((rs, n) -> {
            LeadCohort leads = new LeadCohort(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7));
            List<OriginFigures> origins = List.of(new OriginFigures(rs.getLong(15), rs.getBigDecimal(16)),
                    new OriginFigures(rs.getLong(17), rs.getBigDecimal(18)), new OriginFigures(rs.getLong(19), rs.getBigDecimal(20)));
            SignedCohort signed = new SignedCohort(rs.getLong(8), rs.getBigDecimal(9), rs.getLong(10), rs.getLong(11),
                    rs.getLong(12), rs.getLong(13), rs.getBigDecimal(14), BigDecimal.ZERO, origins);
            // months whose projects all moved out keep rows of zeros: no project reads as none, as it does from the leads
            return new Cohorts(leads, signed.projects() == 0 ? SignedCohort.NONE : signed);
        }).single());
    }

    /** Puts a newly inserted lead in (before the store's first update takes it out and in again). */
    void added(long leadId) {
        jdbc.sql(CONTRIBUTION.formatted("SELECT * FROM attraction_lead WHERE id = ?", 1)).param(leadId).update();
    }

    /**
     * Takes the lead's stored row out, locking it; nothing when its version has moved on (the store's update then fails and
     * the transaction is rolled back).
     */
    void removing(long leadId, int version) {
        jdbc.sql(CONTRIBUTION.formatted("SELECT * FROM attraction_lead WHERE id = ? AND version = ? FOR UPDATE", -1))
                .params(leadId, version).update();
    }

    /** Puts the lead's stored row back in after its update. */
    void stored(long leadId) {
        added(leadId);
    }

    /** Every lead summed again: after a bulk write that did not pass through the store. */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM attraction_lead_month").update();
        jdbc.sql(CONTRIBUTION.formatted("SELECT * FROM attraction_lead", 1)).update();
    }
}
