package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.fagai.Bench;
import org.fagai.project.ProjectStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * 招商引资 at volume: 200,000 leads found over 5 years (2021–2025) in the counties of two provinces, each taken through
 * its life by the {@link Lead} aggregate (negotiations, a framework then a contract, supplements, registration, 开工 …),
 * with their negotiation meetings, signings, trips and signing events, loaded with COPY. Measures the summary and the
 * funnel of a province's year against the same aggregates in raw SQL, and the lead list with its filters (p50/p95).
 * Run: {@code ./mvnw test -Pbenchmark -Dtest=AttractionBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fagai.admin-password=" + Bench.ADMIN_PASSWORD, "logging.level.org.fagai=WARN"})
@ActiveProfiles("test")
class AttractionBenchmark {

    private static final int LEADS = 200_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final String[] CHAINS = {"EQUIPMENT", "NEW_MATERIALS", "ELECTRONICS", "BIOMEDICINE", "NEW_ENERGY", "AUTO_PARTS",
            "DIGITAL", "FOOD", "MODERN_SERVICES", "CULTURE_TOURISM", "OTHER"};
    private static final String RAW_SUMMARY = AttractionStatistics.SUMMARY.replace(":from", "?").replace(":to", "?").replace(":prefix", "?");
    private static final String RAW_LEADS = "SELECT " + AttractionStatistics.LEAD_AGGREGATES
            + " FROM attraction_lead l WHERE l.found_on BETWEEN ? AND ? AND l.region_code LIKE ?";
    private static final String RAW_SIGNED = "SELECT " + AttractionStatistics.SIGNED_AGGREGATES
            + ", (SELECT coalesce(sum(p.completed_before), 0) FROM attraction_lead k JOIN project p ON p.code = k.project_code"
            + " WHERE k.signed_on BETWEEN ? AND ? AND k.region_code LIKE ?)"
            + " FROM attraction_lead l WHERE l.signed_on BETWEEN ? AND ? AND l.region_code LIKE ?";

    @Autowired
    AttractionStatistics statistics;
    @Autowired
    LeadMonthTotals totals;
    @Autowired
    LeadList list;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlywayConnectionDetails ownerConnection;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void summaryFunnelAndList() throws Exception {
        Bench.signInAdmin(userDetails, encoder);
        List<String> counties = jdbc.sql("SELECT code FROM region WHERE level = 'COUNTY' AND (code LIKE '13%' OR code LIKE '14%') ORDER BY code")
                .query(String.class).list();
        long start = System.nanoTime();
        long[] loaded = load(counties);
        Bench.report("attraction data set: %,d leads over 2021–2025 in %d counties, %,d signings, %,d negotiations, %,d trips,"
                        + " %,d events, loaded by COPY in %.1f s", LEADS, counties.size(), loaded[0], loaded[1], loaded[2], loaded[3],
                (System.nanoTime() - start) / 1e9);

        AttractionPeriod year = AttractionPeriod.year(2024);
        Object[] params = {year.from(), year.to(), "13%"};
        double[][] summary = Bench.timePair(5, 40, () -> statistics.summary(year, "130000", Locale.SIMPLIFIED_CHINESE),
                () -> jdbc.sql(RAW_SUMMARY).params(year.from(), year.to(), "13%", year.from(), year.to(), "13%", year.from(), year.to(),
                        "13%", year.from(), year.to(), "13%").query().listOfRows());
        ratio("summary 2024, 河北省", summary);
        double[][] funnel = Bench.timePair(5, 40, () -> statistics.funnel(year, "130000", null),
                () -> List.of(jdbc.sql(RAW_LEADS).params(params).query().listOfRows(),
                        jdbc.sql(RAW_SIGNED).params(year.from(), year.to(), "13%", year.from(), year.to(), "13%").query().listOfRows()));
        ratio("funnel 2024, 河北省", funnel);
        double[][] byRegion = Bench.timePair(3, 20, () -> statistics.funnel(year, "130000", AttractionStatistics.By.REGION),
                () -> List.of(jdbc.sql(RAW_LEADS.replace("SELECT ", "SELECT substr(l.region_code, 1, 4), ") + " GROUP BY 1").params(params)
                        .query().listOfRows(), jdbc.sql(RAW_SIGNED.replace("SELECT count(*), coalesce(sum(l.agreed",
                                "SELECT substr(l.region_code, 1, 4), count(*), coalesce(sum(l.agreed") + " GROUP BY 1")
                        .params(year.from(), year.to(), "13%", year.from(), year.to(), "13%").query().listOfRows()));
        ratio("funnel by city 2024, 河北省", byRegion);

        list("no filter, page 1", query(null, null, null, null, null, 0));
        list("year=2024 stage=SIGNED", query(2024, LeadStage.SIGNED, null, null, null, 0));
        list("region=130100 year=2025", new LeadQuery(null, "130100", null, null, null, null, null, 2025, null, null, "-recent", 0, 20));
        list("stalled", query(null, null, true, null, null, 0));
        list("chain=NEW_ENERGY, page 50", query(null, null, null, "NEW_ENERGY", null, 49));
        list("q=新能源 (keyword)", query(null, null, null, null, "新能源", 0));
        list("officer 7, by progress", new LeadQuery(null, null, null, null, null, 7L, null, null, null, false, "progress", 0, 20));
        Bench.printSummary("AttractionBenchmark");
    }

    private void ratio(String what, double[][] pair) {
        double ratio = Bench.median(pair[0]) / Bench.median(pair[1]);
        Bench.report("attraction %s: p50 %.1f ms; the same aggregate in raw SQL p50 %.1f ms; ratio %.2f (aim ≤ 1.5: %s)", what,
                Bench.median(pair[0]), Bench.median(pair[1]), ratio, ratio <= 1.5 ? "met" : "missed");
    }

    private static LeadQuery query(Integer year, LeadStage stage, Boolean stalled, String chain, String q, int page) {
        return new LeadQuery(q, null, stage, null, chain, null, null, year, stalled, null, "-recent", page, 20);
    }

    private void list(String what, LeadQuery query) {
        double[] ms = Bench.time(5, 40, 20, () -> list.search(query));
        double p95 = Bench.percentile(ms, 95);
        Bench.report("attraction list %-28s p50 %6.1f ms, p95 %6.1f ms (aim p95 < 100 ms: %s), %,d rows match", what, Bench.median(ms),
                p95, p95 < 100 ? "met" : "missed", list.search(query).total());
    }

    /** Trips, events, leads (ids 1…N in order on the empty tables), signings, negotiations; returns the counts. */
    private long[] load(List<String> counties) throws Exception {
        Random random = new Random(2026);
        long trips = 0;
        long events = 0;
        try (Bench.Copy t = new Bench.Copy(dataSource, "attraction_trip", "region_code, started_on, ended_on, principal, leaders,"
                + " destination, created_by");
             Bench.Copy e = new Bench.Copy(dataSource, "attraction_event", "name, held_on, level, major, region_code, created_by")) {
            for (String county : counties) {
                for (int year = 2021; year <= 2025; year++) {
                    for (int k = 0; k < 6; k++) {
                        LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                        t.row(county, on, on.plusDays(2), k < 3, "县委书记", "深圳", "bench");
                        trips++;
                        if (k < 2) {
                            e.row("签约活动" + year + k, on, k == 0 ? "PROVINCIAL" : "COUNTY", k == 0, county, "bench");
                            events++;
                        }
                    }
                }
            }
        }
        List<Object[]> signingRows = new java.util.ArrayList<>();
        long negotiations = 0;
        try (Bench.Copy leads = new Bench.Copy(dataSource, "attraction_lead", "investor_name, origin, project_name, chain,"
                + " intended_investment, source, region_code, officer_id, stage, found_on, negotiating_on, signed_on, registered_on,"
                + " started_on, producing_on, full_capacity_on, agreement, agreed_investment, agreed_on, funds_in_place, project_code,"
                + " dropped_on, drop_reason, last_progress_on, stalled_from, created_by");
             Bench.Copy meetings = new Bench.Copy(dataSource, "attraction_negotiation", "held_on, region_code, topic, created_by")) {
            for (int i = 0; i < LEADS; i++) {
                long id = i + 1;
                String region = counties.get(random.nextInt(counties.size()));
                LocalDate found = LocalDate.of(2021 + i % 5, 1, 1).plusDays(random.nextInt(365));
                Lead lead = Lead.found(new Lead.Facts("投资方" + i + "有限公司", null, null, Origin.values()[i % 3],
                        (i % 11 == 4 ? "新能源" : "智能装备") + "项目" + i, null, CHAINS[i % CHAINS.length],
                        BigDecimal.valueOf(1_000 + random.nextInt(200_000)), null, null, LeadSource.values()[i % 5], null, null, null,
                        region, 1 + i % 40), found, TODAY);
                int meetingsHeld = random.nextInt(3);
                for (int m = 0; m < meetingsHeld; m++) {
                    LocalDate on = found.plusDays(10 + 20L * m);
                    lead.negotiated(on, TODAY);
                    meetings.row(on, region, "洽谈" + id, "bench");
                    negotiations++;
                }
                LocalDate on = found.plusDays(80 + random.nextInt(60));
                if (i % 2 == 0 && !on.isAfter(TODAY)) {
                    BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(300_000));
                    boolean framework = i % 6 == 0 && !on.plusDays(90).isAfter(TODAY);
                    lead.sign(framework ? AgreementType.FRAMEWORK : AgreementType.CONTRACT, on, amount, null, TODAY);
                    signingRows.add(new Object[] {id, framework ? "FRAMEWORK" : "CONTRACT", on, amount, true, "bench"});
                    if (framework) {
                        lead.sign(AgreementType.CONTRACT, on.plusDays(90), amount.add(BigDecimal.TEN), null, TODAY);
                        signingRows.add(new Object[] {id, "CONTRACT", on.plusDays(90), amount.add(BigDecimal.TEN), false, "bench"});
                    }
                    if (i % 4 == 0 && !on.plusDays(230).isAfter(TODAY)) {
                        lead.register("91" + region + "MA0000000", on.plusDays(100), TODAY);
                        if (i % 8 == 0) {
                            lead.start(String.format("2401-%s-04-01-%06d", region, i), ProjectStage.CONSTRUCTION, on.plusDays(200), TODAY);
                            lead.fundsArrived(amount.divide(BigDecimal.TEN), on.plusDays(230), TODAY);
                            if (i % 16 == 0 && !on.plusDays(500).isAfter(TODAY)) {
                                lead.produce(ProjectStage.OPERATING, on.plusDays(500), TODAY);
                            }
                        }
                    }
                } else if (i % 7 == 1 && !found.plusDays(120).isAfter(TODAY)) {
                    lead.drop("投资方选址他处", found.plusDays(120), TODAY);
                }
                Lead.State s = lead.state;
                leads.row(lead.facts().investorName(), lead.facts().origin().name(), lead.facts().projectName(), lead.facts().chain(),
                        lead.facts().intendedInvestment(), lead.facts().source().name(), region, lead.facts().officerId(), s.stage.name(),
                        s.found, s.negotiating, s.signed, s.registered, s.started, s.producing, s.fullCapacity,
                        s.agreement == null ? null : s.agreement.name(), s.agreedInvestment, s.agreedOn, s.fundsInPlace, s.projectCode,
                        s.droppedOn, s.dropReason, s.lastProgressOn, lead.stalledFrom(), "bench");
            }
        }
        // the signings after the leads are committed (their foreign key needs them)
        try (Bench.Copy signed = new Bench.Copy(dataSource, "attraction_signing", "lead_id, type, signed_on, amount, counted, created_by")) {
            for (Object[] row : signingRows) {
                signed.row(row);
            }
        }
        JdbcClient owner = Bench.owner(ownerConnection);
        for (String table : List.of("attraction_lead", "attraction_signing", "attraction_negotiation", "attraction_trip", "attraction_event")) {
            owner.sql("ANALYZE " + table).update();
        }
        // the leads were copied in past the store: their month totals summed once, as after the demo's load
        totals.rebuild();
        owner.sql("ANALYZE attraction_lead_month").update();
        return new long[] {signingRows.size(), negotiations, trips, events};
    }
}
