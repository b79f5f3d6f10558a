package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.fagai.Bench;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
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
 * 资金争取 at volume: 50,000 applications over 5 years (2021–2025) in the counties of two provinces, every channel and
 * state, with monthly spending of the allocated ones, loaded with COPY. Measures the year's summary against the same
 * aggregate in raw SQL, and the list with its filters (p50/p95). Run: {@code ./mvnw test -Pbenchmark -Dtest=FundsBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fagai.admin-password=" + Bench.ADMIN_PASSWORD, "logging.level.org.fagai=WARN"})
@ActiveProfiles("test")
class FundsBenchmark {

    private static final int APPLICATIONS = 50_000;
    private static final String[] SECTORS = {"SEWAGE", "WATER", "TOLL_ROAD", "EDUCATION", "HEALTH", "MUNICIPAL", "NEW_INFRA",
            "INDUSTRIAL_PARK", "SOCIAL_HOUSING", "OTHER"};
    private static final String[] PROGRAMS = {"SOCIAL", "AGRICULTURE_WATER", "TRANSPORT", "URBANIZATION"};
    private static final String RAW = "SELECT a.channel, " + FundsLedger.AGGREGATES
            + " FROM funds_application a WHERE a.year = ? AND a.region_code LIKE ? GROUP BY 1 ORDER BY 1";

    @Autowired
    FundsLedger ledger;
    @Autowired
    ApplicationList list;
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
    void summaryAndList() throws Exception {
        Bench.signInAdmin(userDetails, encoder);
        List<String> counties = jdbc.sql("SELECT code FROM region WHERE level = 'COUNTY' AND (code LIKE '13%' OR code LIKE '14%') ORDER BY code")
                .query(String.class).list();
        long start = System.nanoTime();
        long spending = load(counties);
        Bench.report("funds data set: %,d applications over 2021–2025 in %d counties, %,d monthly spending rows, loaded by COPY in %.1f s",
                APPLICATIONS, counties.size(), spending, (System.nanoTime() - start) / 1e9);

        double[][] summary = Bench.timePair(5, 40, () -> ledger.summary(2024, "130000", Locale.SIMPLIFIED_CHINESE),
                () -> jdbc.sql(RAW).params(2024, "13%").query().listOfRows());
        double ratio = Bench.median(summary[0]) / Bench.median(summary[1]);
        Bench.report("funds summary 2024, 河北省 (%,d applications): p50 %.1f ms; the same aggregate in raw SQL p50 %.1f ms; ratio %.2f (aim ≤ 1.5: %s)",
                jdbc.sql("SELECT count(*) FROM funds_application WHERE year = 2024 AND region_code LIKE '13%'").query(Long.class).single(),
                Bench.median(summary[0]), Bench.median(summary[1]), ratio, ratio <= 1.5 ? "met" : "missed");
        double[][] byRegion = Bench.timePair(3, 20, () -> ledger.lines(2024, "130000", FundsLedger.By.REGION),
                () -> jdbc.sql(RAW.replace("a.channel,", "a.region_code,")).params(2024, "13%").query().listOfRows());
        Bench.report("funds account by county 2024, 河北省: p50 %.1f ms; raw SQL p50 %.1f ms; ratio %.2f", Bench.median(byRegion[0]),
                Bench.median(byRegion[1]), Bench.median(byRegion[0]) / Bench.median(byRegion[1]));

        list("no filter, page 1", query(null, null, null, null, null, null, 0));
        list("year=2024 channel=SPECIAL_BOND", query(2024, FundChannel.SPECIAL_BOND, null, null, null, null, 0));
        list("state=DISBURSED, page 50", query(null, null, FundState.DISBURSED, null, null, null, 49));
        list("colour=RED", query(null, null, null, "RED", null, null, 0));
        list("idle", query(null, null, null, null, true, null, 0));
        list("region=130100 year=2025", new ApplicationQuery(2025, null, null, "130100", null, null, null, null, null, "recent", 0, 20));
        list("q=污水 (keyword)", query(null, null, null, null, null, "污水", 0));
        Bench.printSummary("FundsBenchmark");
    }

    private static ApplicationQuery query(Integer year, FundChannel channel, FundState state, String colour, Boolean idle, String q, int page) {
        return new ApplicationQuery(year, channel, state, null, null, colour, idle, null, q, "recent", page, 20);
    }

    private void list(String what, ApplicationQuery query) {
        double[] ms = Bench.time(5, 40, 20, () -> list.search(query));
        double p95 = Bench.percentile(ms, 95);
        Bench.report("funds list %-32s p50 %6.1f ms, p95 %6.1f ms (aim p95 < 100 ms: %s), %,d rows match", what, Bench.median(ms), p95,
                p95 < 100 ? "met" : "missed", list.search(query).total());
    }

    /** Applications (ids 1…N in order on the empty table) and their spending; returns the spending rows. */
    private long load(List<String> counties) throws Exception {
        Random random = new Random(2026);
        List<Object[]> spendingRows = new java.util.ArrayList<>();
        try (Bench.Copy apps = new Bench.Copy(dataSource, "funds_application", "channel, program, year, round_no, project_code,"
                + " key_project, project_name, owner_unit, region_code, sector, use_text, cost_item, total_investment, requested,"
                + " local_matching, as_capital, state, declared_on, drc_passed_on, decided_on, approved_amount, allocated_amount,"
                + " allocated_on, allocation_document, disbursed_amount, disbursed_on, spent_amount, last_spent_month,"
                + " spending_colour, spending_gap, idle, created_by")) {
            FundChannel[] channels = FundChannel.values();
            FundState[] states = FundState.values();
            for (int i = 0; i < APPLICATIONS; i++) {
                int year = 2021 + i % 5;
                FundChannel channel = channels[i % channels.length];
                FundState state = i % 10 < 6 ? (i % 3 == 0 ? FundState.COMPLETED : FundState.DISBURSED) : states[random.nextInt(5)];
                String region = counties.get(random.nextInt(counties.size()));
                BigDecimal total = BigDecimal.valueOf(1_000 + random.nextInt(200_000));
                BigDecimal requested = BigDecimal.valueOf(total.longValue() / 4 + 1);
                LocalDate declared = LocalDate.of(year, 1 + random.nextInt(6), 1 + random.nextInt(27));
                boolean approved = state.isApproved();
                boolean allocated = state.compareTo(FundState.ALLOCATED) >= 0;
                boolean disbursed = state == FundState.DISBURSED || state == FundState.COMPLETED;
                int months = disbursed ? 1 + random.nextInt(10) : 0;
                BigDecimal monthly = BigDecimal.valueOf(requested.longValue() / 12);
                BigDecimal spentTotal = state == FundState.COMPLETED ? requested : monthly.multiply(BigDecimal.valueOf(months));
                LocalDate disbursedOn = declared.plusMonths(2);
                for (int m = 0; m < months; m++) {
                    BigDecimal amount = state == FundState.COMPLETED && m == months - 1
                            ? requested.subtract(monthly.multiply(BigDecimal.valueOf(m))) : monthly;
                    spendingRows.add(new Object[] {i + 1, disbursedOn.plusMonths(m).withDayOfMonth(1), amount, "bench"});
                }
                if (state == FundState.COMPLETED && months == 0) {
                    spentTotal = BigDecimal.ZERO;
                }
                String colour = state == FundState.DISBURSED || state == FundState.ALLOCATED ? (i % 7 == 0 ? "RED" : i % 5 == 0 ? "YELLOW" : "GREEN") : null;
                apps.row(channel.name(), channel == FundChannel.CENTRAL_BUDGET ? PROGRAMS[i % PROGRAMS.length] : null, year,
                        state == FundState.PLANNED ? null : 1 + (declared.getMonthValue() - 1) / 3,
                        String.format("%02d%02d-%s-04-01-%06d", year % 100, declared.getMonthValue(), region, i),
                        false, (i % 9 == 0 ? "污水处理厂" : "基础设施") + "项目" + i, "建设单位" + (i % 500), region, SECTORS[i % SECTORS.length],
                        "工程建设", "工程费" + i, total, requested, 0, i % 11 == 0, state.name(),
                        state == FundState.PLANNED ? null : declared, state.compareTo(FundState.DRC_PASSED) >= 0 ? declared.plusDays(10) : null,
                        approved || state == FundState.REJECTED ? declared.plusDays(30) : null, approved ? requested : null,
                        allocated ? requested : null, allocated ? declared.plusDays(45) : null, allocated ? "文" + i : null,
                        disbursed ? requested : 0, disbursed ? disbursedOn : null, spentTotal,
                        months > 0 ? disbursedOn.plusMonths(months - 1).withDayOfMonth(1) : null, colour,
                        colour == null ? null : colour.equals("RED") ? 35 : colour.equals("YELLOW") ? 15 : 2,
                        colour != null && i % 13 == 0, "bench");
            }
        }
        // The spending after the applications are committed (its foreign key needs them).
        try (Bench.Copy spent = new Bench.Copy(dataSource, "funds_spending", "application_id, month, amount, reported_by")) {
            for (Object[] row : spendingRows) {
                spent.row(row);
            }
        }
        JdbcClient owner = Bench.owner(ownerConnection);
        owner.sql("SELECT setval('funds_application_id_seq', ?)").param((long) APPLICATIONS).query(Long.class).single();
        owner.sql("ANALYZE funds_application").update();
        owner.sql("ANALYZE funds_spending").update();
        return spendingRows.size();
    }
}
