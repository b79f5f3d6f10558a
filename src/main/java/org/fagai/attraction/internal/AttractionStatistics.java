package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fagai.attraction.AttractionFigures;
import org.fagai.attraction.internal.FunnelFigures.LeadCohort;
import org.fagai.attraction.internal.FunnelFigures.OriginFigures;
import org.fagai.attraction.internal.FunnelFigures.OriginShare;
import org.fagai.attraction.internal.FunnelFigures.Rates;
import org.fagai.attraction.internal.FunnelFigures.SignedCohort;
import org.fagai.project.KeyProjectInvestment;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Money;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary (the seed's sentence) and the funnel of a period and region, read from the values the leads stored: their
 * stage dates, the first signing's date, the agreement in force, the money in place. Grouped by industry chain, officer
 * or district in the same passes.
 */
@Service
class AttractionStatistics implements AttractionFigures {

    /** How the funnel may be grouped; REGION: the districts of a city, the cities of a province. */
    enum By { CHAIN, OFFICER, REGION }

    static final String SUMMARY = """
            SELECT (SELECT count(*) FROM attraction_trip t WHERE t.principal AND t.started_on BETWEEN :from AND :to AND t.region_code LIKE :prefix),
              (SELECT count(*) FROM attraction_negotiation n WHERE n.held_on BETWEEN :from AND :to AND n.region_code LIKE :prefix),
              (SELECT count(*) FROM attraction_event e WHERE e.major AND e.held_on BETWEEN :from AND :to AND e.region_code LIKE :prefix),
              count(*), coalesce(sum(l.agreed_investment), 0)
            FROM attraction_lead l WHERE l.signed_on BETWEEN :from AND :to AND l.region_code LIKE :prefix""";
    /** The same summary of whole months, its signed projects read from the month totals ({@link LeadMonthTotals}). */
    static final String SUMMARY_OF_MONTHS = SUMMARY.substring(0, SUMMARY.indexOf("count(*), coalesce")) + """
            coalesce(sum(m.records), 0), coalesce(sum(m.agreed_investment), 0)
            FROM attraction_lead_month m WHERE m.cohort = 'SIGNED' AND m.month BETWEEN :from AND :toMonth AND m.region_code LIKE :prefix""";
    static final String LEAD_AGGREGATES = """
            count(*), count(l.negotiating_on), count(l.signed_on), count(l.registered_on), count(l.started_on),
            count(l.producing_on), count(l.full_capacity_on)""";
    static final String SIGNED_AGGREGATES = """
            count(*), coalesce(sum(l.agreed_investment), 0), count(l.registered_on), count(l.started_on), count(l.producing_on),
            count(l.full_capacity_on), coalesce(sum(l.funds_in_place), 0),
            count(*) FILTER (WHERE l.origin = 'OUTSIDE_CITY'), coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'OUTSIDE_CITY'), 0),
            count(*) FILTER (WHERE l.origin = 'OUTSIDE_PROVINCE'), coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'OUTSIDE_PROVINCE'), 0),
            count(*) FILTER (WHERE l.origin = 'FOREIGN'), coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'FOREIGN'), 0)""";

    record Group(String key, String name, LeadCohort leads, SignedCohort signed, Rates rates) {
    }

    record Funnel(LocalDate from, LocalDate to, String region, String regionName, LeadCohort leads, SignedCohort signed,
                  Rates rates, List<OriginShare> origins, By groupBy, List<Group> groups) {
    }

    private final JdbcClient jdbc;
    private final AttractionAccess access;
    private final KeyProjectInvestment projects;
    private final RegionDirectory regions;
    private final GroupNames names;
    private final MessageSource messages;
    private final Clock clock;
    private final LeadMonthTotals totals;

    AttractionStatistics(JdbcClient jdbc, AttractionAccess access, KeyProjectInvestment projects, RegionDirectory regions,
                         GroupNames names, MessageSource messages, Clock clock, LeadMonthTotals totals) {
        this.totals = totals;
        this.jdbc = jdbc;
        this.access = access;
        this.projects = projects;
        this.regions = regions;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Summary summary(LocalDate from, LocalDate to, String regionCode) {
        return summary(new AttractionPeriod(from, to), regionCode, Locale.SIMPLIFIED_CHINESE);
    }

    @Transactional(readOnly = true)
    Summary summary(AttractionPeriod period, String regionCode, Locale locale) {
        String region = access.region(regionCode);
        String name = regionName(region);
        boolean months = LeadMonthTotals.answers(period);
        return jdbc.sql(months ? SUMMARY_OF_MONTHS : SUMMARY).param("from", period.from()).param("to", period.to())
                .param("toMonth", period.to().withDayOfMonth(1))
                .param("prefix", AttractionAccess.prefix(region) + "%")
                .query((rs, n) -> {
                    long trips = rs.getLong(1);
                    long negotiations = rs.getLong(2);
                    long events = rs.getLong(3);
                    long signed = rs.getLong(4);
                    BigDecimal agreed = signed == 0 ? BigDecimal.ZERO : rs.getBigDecimal(5);
                    String sentence = messages.getMessage("attraction.sentence", new Object[] {label(period, locale), name,
                            String.valueOf(trips), String.valueOf(negotiations), String.valueOf(events), String.valueOf(signed),
                            yi(agreed)}, locale);
                    return new Summary(period.from(), period.to(), region, name, trips, negotiations, events, signed, agreed, sentence);
                })
                .single();
    }

    /** The funnel of a period and region; {@code by} (optional) adds the same figures per chain, officer or district. */
    @Transactional(readOnly = true)
    Funnel funnel(AttractionPeriod period, String regionCode, By by) {
        String region = access.region(regionCode);
        String key = by == null ? "''" : keyColumn(by, region);
        String prefix = AttractionAccess.prefix(region) + "%";
        if (by == null) {
            Optional<LeadMonthTotals.Cohorts> months = totals.cohorts(period, prefix);
            if (months.isPresent()) {
                LeadCohort l = months.get().leads();
                SignedCohort s = months.get().signed().withProjectInvestment(
                        projectInvestment(period, prefix, key).getOrDefault("", BigDecimal.ZERO));
                return new Funnel(period.from(), period.to(), region, regionName(region), l, s, Rates.of(l, s), OriginShare.of(s),
                        null, List.of());
            }
        }
        Map<String, LeadCohort> leads = new LinkedHashMap<>();
        jdbc.sql("SELECT " + key + " AS k, " + LEAD_AGGREGATES + " FROM attraction_lead l WHERE l.found_on BETWEEN ? AND ?"
                        + " AND l.region_code LIKE ? GROUP BY 1")
                .params(period.from(), period.to(), prefix)
                .query((rs, n) -> leads.put(rs.getString("k"), leadCohort(rs, 2))).list();
        Map<String, SignedCohort> signed = new LinkedHashMap<>();
        jdbc.sql("SELECT " + key + " AS k, " + SIGNED_AGGREGATES + " FROM attraction_lead l WHERE l.signed_on BETWEEN ? AND ?"
                        + " AND l.region_code LIKE ? GROUP BY 1")
                .params(period.from(), period.to(), prefix)
                .query((rs, n) -> signed.put(rs.getString("k"), signedCohort(rs, 2))).list();
        Map<String, BigDecimal> investment = projectInvestment(period, prefix, key);
        LeadCohort totalLeads = LeadCohort.NONE;
        SignedCohort totalSigned = SignedCohort.NONE;
        List<String> keys = new ArrayList<>(leads.keySet());
        signed.keySet().stream().filter(k -> !leads.containsKey(k)).forEach(keys::add);
        List<Group> groups = new ArrayList<>();
        Map<String, String> groupNames = by == null ? Map.of() : names.of(by, keys, region);
        for (String k : keys) {
            LeadCohort l = leads.getOrDefault(k, LeadCohort.NONE);
            SignedCohort s = signed.getOrDefault(k, SignedCohort.NONE).withProjectInvestment(investment.getOrDefault(k, BigDecimal.ZERO));
            totalLeads = totalLeads.plus(l);
            totalSigned = totalSigned.plus(s);
            if (by != null) {
                groups.add(new Group(k, groupNames.getOrDefault(k, k), l, s, Rates.of(l, s)));
            }
        }
        groups.sort((a, b) -> b.signed().agreedInvestment().compareTo(a.signed().agreedInvestment()));
        return new Funnel(period.from(), period.to(), region, regionName(region), totalLeads, totalSigned,
                Rates.of(totalLeads, totalSigned), OriginShare.of(totalSigned), by, groups);
    }

    /**
     * The linked key projects' completed investment since their start, summed per group key (a project as often as leads
     * of the group name it), through the project API, asked once per distinct code.
     */
    private Map<String, BigDecimal> projectInvestment(AttractionPeriod period, String prefix, String key) {
        record Link(String key, String code, long leads) {
        }
        List<Link> linked = jdbc.sql("SELECT " + key + " AS k, l.project_code, count(*) FROM attraction_lead l WHERE l.signed_on BETWEEN ? AND ?"
                        + " AND l.region_code LIKE ? AND l.project_code IS NOT NULL GROUP BY 1, 2")
                .params(period.from(), period.to(), prefix)
                .query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        Map<String, BigDecimal> byKey = new HashMap<>();
        if (linked.isEmpty()) {
            return byKey;
        }
        Map<String, BigDecimal> completed = projects.completedSinceStart(linked.stream().map(Link::code).distinct().toList());
        for (Link link : linked) {
            BigDecimal value = completed.get(link.code());
            if (value != null) {
                byKey.merge(link.key(), value.multiply(BigDecimal.valueOf(link.leads())), BigDecimal::add);
            }
        }
        return byKey;
    }

    /** The SQL expression grouping leads by chain, officer, or the region level just below the one asked for. */
    static String keyColumn(By by, String region) {
        return switch (by) {
            case CHAIN -> "l.chain";
            case OFFICER -> "l.officer_id::text";
            case REGION -> RegionCode.of(region).level() == RegionLevel.PROVINCE ? "substr(l.region_code, 1, 4) || '00'" : "l.region_code";
        };
    }

    static LeadCohort leadCohort(ResultSet rs, int i) throws SQLException {
        return new LeadCohort(rs.getLong(i), rs.getLong(i + 1), rs.getLong(i + 2), rs.getLong(i + 3), rs.getLong(i + 4),
                rs.getLong(i + 5), rs.getLong(i + 6));
    }

    static SignedCohort signedCohort(ResultSet rs, int i) throws SQLException {
        List<OriginFigures> origins = List.of(new OriginFigures(rs.getLong(i + 7), rs.getBigDecimal(i + 8)),
                new OriginFigures(rs.getLong(i + 9), rs.getBigDecimal(i + 10)), new OriginFigures(rs.getLong(i + 11), rs.getBigDecimal(i + 12)));
        return new SignedCohort(rs.getLong(i), rs.getBigDecimal(i + 1), rs.getLong(i + 2), rs.getLong(i + 3), rs.getLong(i + 4),
                rs.getLong(i + 5), rs.getBigDecimal(i + 6), BigDecimal.ZERO, origins);
    }

    String label(AttractionPeriod period, Locale locale) {
        return messages.getMessage(period.labelKey(), period.labelArguments(), locale);
    }

    Map<String, String> regionNames(java.util.Collection<String> keys, String region) {
        return names.of(By.REGION, keys, region);
    }

    String regionName(String region) {
        return regions.find(region).map(RegionView::name).orElse(region);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    static String yi(BigDecimal wan) {
        return Money.ofWan(wan).toYi().stripTrailingZeros().toPlainString();
    }
}
