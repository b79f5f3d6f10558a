package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.Bench;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.BulkPlans;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises at volume: 50,000 enterprises in 900 towns of 300 counties, all in packages, 300,000 visits and 100,000
 * demands of 2024, loaded with COPY. Measures coverage and the three rates against the same aggregates in raw SQL,
 * the registry search (p95), and an import of 50,000 new enterprises from .xlsx (rows/s, parsing alone as the limit).
 * Run: {@code ./mvnw test -Pbenchmark -Dtest=EnterpriseBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fagai.admin-password=" + Bench.ADMIN_PASSWORD, "logging.level.org.fagai=WARN"})
@ActiveProfiles("test")
class EnterpriseBenchmark {

    private static final int ENTERPRISES = 50_000;
    private static final int VISITS = 300_000;
    private static final int DEMANDS = 100_000;
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final String[] CATEGORIES = {"FINANCING", "LAND", "LABOUR", "APPROVAL", "POLICY", "UTILITIES", "INFRASTRUCTURE", "OTHER"};
    private static final String[] SATISFACTION = {"SATISFIED", "SATISFIED", "BASIC", "UNSATISFIED"};

    @Autowired
    Coverage coverage;
    @Autowired
    DemandRates rates;
    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseImport imports;
    @Autowired
    EnterpriseStore store;
    @Autowired
    UserDirectory users;
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
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void coverageRatesSearchAndImport() throws Exception {
        Bench.signInAdmin(userDetails, encoder);
        CurrentUser admin = users.requireCurrent();
        long start = System.nanoTime();
        List<String> towns = towns();
        load(towns, admin.id());
        Bench.owner(ownerConnection).sql("ANALYZE").update();
        Bench.report("enterprise data set: %,d enterprises in %d towns, %,d visits, %,d demands, loaded by COPY in %.1f s",
                ENTERPRISES, towns.size(), VISITS, DEMANDS, (System.nanoTime() - start) / 1e9);

        // ---- coverage ----
        String sqlCoverage = """
                WITH visited AS (SELECT DISTINCT credit_code FROM enterprise_visit WHERE visited_on BETWEEN ? AND ?)
                SELECT e.region_code, count(*), count(v.credit_code) FROM service_package p JOIN enterprise e ON e.credit_code = p.credit_code
                LEFT JOIN visited v ON v.credit_code = p.credit_code GROUP BY 1 ORDER BY 1""";
        Coverage.Result result = coverage.compute(FROM, TO, "town", admin);
        List<Object[]> raw = jdbc.sql(sqlCoverage).params(FROM, TO).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
        assertThat(result.groups()).hasSize(raw.size());
        assertThat(result.total().assigned()).isEqualTo(ENTERPRISES);
        double[][] cov = Bench.timePair(3, 15, () -> coverage.compute(FROM, TO, "town", admin),
                () -> jdbc.sql(sqlCoverage).params(FROM, TO).query().listOfRows());
        Bench.report("coverage 2024 by town (%,d visited of %,d): service %.1f ms, raw SQL %.1f ms, ratio %.2f (aim <= 1.5)",
                result.total().visited(), result.total().assigned(), Bench.median(cov[0]), Bench.median(cov[1]),
                Bench.median(cov[0]) / Bench.median(cov[1]));

        // ---- the three rates ----
        String sqlRates = """
                SELECT GROUPING(department_id), GROUPING(category), GROUPING(to_char(raised_on, 'YYYY-MM')), department_id, category,
                       to_char(raised_on, 'YYYY-MM'), count(*), count(routed_on), count(*) FILTER (WHERE responded_in_time),
                       count(satisfaction), count(*) FILTER (WHERE resolved), count(*) FILTER (WHERE satisfied)
                FROM enterprise_demand WHERE raised_on BETWEEN ? AND ?
                GROUP BY GROUPING SETS ((), (department_id), (category), (to_char(raised_on, 'YYYY-MM')))""";
        DemandRates.Rates computed = rates.compute(FROM, TO, admin);
        assertThat(computed.demands()).isEqualTo(DEMANDS);
        double[][] r = Bench.timePair(3, 15, () -> rates.compute(FROM, TO, admin),
                () -> jdbc.sql(sqlRates).params(FROM, TO).query().listOfRows());
        Bench.report("three rates 2024 (%,d demands; response %s, resolution %s, satisfaction %s): service %.1f ms, raw SQL %.1f ms, ratio %.2f (aim <= 1.5)",
                computed.demands(), computed.responseRate(), computed.resolutionRate(), computed.satisfactionRate(),
                Bench.median(r[0]), Bench.median(r[1]), Bench.median(r[0]) / Bench.median(r[1]));

        // ---- search ----
        search("keyword 精密", new EnterpriseQuery("精密", null, null, null, null, null, 0, 20));
        search("credit code", new EnterpriseQuery(code(12_345), null, null, null, null, null, 0, 20));
        search("town + flag KEY", new EnterpriseQuery(null, towns.get(17), null, "KEY", 2024, null, 0, 20));
        search("county, sorted by revenue, page 20", new EnterpriseQuery(null, towns.get(40).substring(0, 6), null, null, null, "revenue", 19, 20));
        search("no filter, page 1", new EnterpriseQuery(null, null, null, null, null, null, 0, 20));

        // ---- import of 50,000 new enterprises ----
        byte[] file = workbook(towns);
        long parseStart = System.nanoTime();
        List<ExcelRow> rows = ExcelImport.read(new ByteArrayInputStream(file), List.of("统一社会信用代码", "企业名称", "所属地区代码"));
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
        long importStart = System.nanoTime();
        rows = ExcelImport.read(new ByteArrayInputStream(file), List.of("统一社会信用代码", "企业名称", "所属地区代码"));
        List<ExcelRow> parsed = rows;
        EnterpriseImport.Result imported = transaction.execute(s -> imports.store(parsed, admin, "benchmark.xlsx"));
        double seconds = (System.nanoTime() - importStart) / 1e9;
        assertThat(imported.created()).isEqualTo(ENTERPRISES);
        Bench.report("import of %,d new enterprises (.xlsx, parse + check + store): %.1f s = %,.0f rows/s (aim >= 10,000); parsing alone %.1f s, ratio %.1f",
                ENTERPRISES, seconds, ENTERPRISES / seconds, parseSeconds, seconds / parseSeconds);
        importPhases(towns, admin);
        Bench.printSummary("EnterpriseBenchmark");
    }

    /**
     * Where an import's time goes: two more imports of 50,000 new enterprises, phase by phase, one reusing generic plans
     * as {@link EnterpriseImport#store} does, one with the pool's forced custom plans (every foreign-key check replanned).
     */
    private void importPhases(List<String> towns, CurrentUser admin) throws Exception {
        importPhases("generic plans (as the import runs)", towns, 200_000, admin, true);
        importPhases("the pool's custom plans", towns, 300_000, admin, false);
    }

    private void importPhases(String label, List<String> towns, int firstCode, CurrentUser admin, boolean generic) throws Exception {
        List<ExcelRow> rows = ExcelImport.read(new ByteArrayInputStream(workbook(towns, firstCode)),
                List.of("统一社会信用代码", "企业名称", "所属地区代码"));
        double[] phases = new double[3];
        transaction.executeWithoutResult(s -> {
            if (generic) {
                BulkPlans.reuseGenericPlans(jdbc);
            }
            long t0 = System.nanoTime();
            List<CleanEnterprise> checked = imports.check(rows, admin);
            long t1 = System.nanoTime();
            store.save(checked);
            long t2 = System.nanoTime();
            enterprises.announce(checked, Set.of());
            long t3 = System.nanoTime();
            phases[0] = (t1 - t0) / 1e6;
            phases[1] = (t2 - t1) / 1e6;
            phases[2] = (t3 - t2) / 1e6;
        });
        Bench.report("import phases of another %,d, %s: check %.0f ms, store %.0f ms, events %.0f ms", ENTERPRISES, label,
                phases[0], phases[1], phases[2]);
    }

    private void search(String label, EnterpriseQuery query) {
        double[] ms = Bench.time(5, 50, 30, () -> enterprises.search(query));
        Bench.report("enterprise search %-36s p50 %6.1f ms, p95 %6.1f ms (aim p95 < 100 ms), %,d matching",
                label + ":", Bench.median(ms), Bench.percentile(ms, 95), enterprises.search(query).total());
    }

    private List<String> towns() {
        List<String> counties = jdbc.sql("SELECT code FROM region WHERE level = 'COUNTY' ORDER BY code LIMIT 300").query(String.class).list();
        List<String> towns = new ArrayList<>();
        for (String county : counties) {
            for (int t = 1; t <= 3; t++) {
                String code = county + String.format("%03d", t);
                jdbc.sql("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, 'TOWN', ?) ON CONFLICT DO NOTHING")
                        .params(code, "镇" + t, county).update();
                towns.add(code);
            }
        }
        return towns;
    }

    static String code(int n) {
        return DemoEnterprises.code("110101", n);
    }

    private void load(List<String> towns, long staff) throws Exception {
        Random random = new Random(14);
        String[] industries = {"3484", "3311", "5212", "6210", "2710"};
        try (Bench.Copy copy = new Bench.Copy(dataSource, "enterprise", "credit_code, name, region_code, industry_code, revenue, revenue_year")) {
            for (int i = 1; i <= ENTERPRISES; i++) {
                copy.row(code(i), (i % 10 == 0 ? "精密" : "企业") + i + "有限公司", towns.get(i % towns.size()),
                        industries[i % industries.length], 100 + random.nextInt(50_000), 2023);
            }
        }
        try (Bench.Copy copy = new Bench.Copy(dataSource, "enterprise_flag", "credit_code, flag, year")) {
            for (int i = 1; i <= ENTERPRISES; i++) {
                copy.row(code(i), "KEY", 2024);
            }
        }
        try (Bench.Copy copy = new Bench.Copy(dataSource, "service_package", "credit_code, leader_id, staff_id, visits_per_quarter")) {
            for (int i = 1; i <= ENTERPRISES; i++) {
                copy.row(code(i), staff, staff, 1);
            }
        }
        try (Bench.Copy copy = new Bench.Copy(dataSource, "enterprise_visit", "credit_code, visited_on, visitors, created_by")) {
            for (int i = 0; i < VISITS; i++) {
                copy.row(code(1 + random.nextInt(ENTERPRISES)), FROM.minusDays(60).plusDays(random.nextInt(430)), "走访人", "bench");
            }
        }
        try (Bench.Copy copy = new Bench.Copy(dataSource, "enterprise_demand", "credit_code, region_code, category, content, raised_by, "
                + "channel, urgency, state, raised_on, department_id, routed_on, responded_in_time, satisfaction, resolved, satisfied, created_by")) {
            for (int i = 0; i < DEMANDS; i++) {
                int e = 1 + random.nextInt(ENTERPRISES);
                LocalDate raised = FROM.plusDays(random.nextInt(366));
                boolean closed = random.nextInt(10) < 7;
                String satisfaction = closed ? SATISFACTION[random.nextInt(SATISFACTION.length)] : null;
                copy.row(code(e), towns.get(e % towns.size()), CATEGORIES[i % CATEGORIES.length], "诉求" + i, "企业", "HOTLINE",
                        "NORMAL", closed ? "CLOSED" : "ROUTED", raised, 1 + i % 12, raised, random.nextInt(10) < 9,
                        satisfaction, closed ? !"UNSATISFIED".equals(satisfaction) && random.nextInt(10) < 9 : null,
                        closed ? !"UNSATISFIED".equals(satisfaction) : null, "bench");
            }
        }
    }

    private static byte[] workbook(List<String> towns) throws Exception {
        return workbook(towns, 100_000);
    }

    private static byte[] workbook(List<String> towns, int firstCode) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bench", "1.0");
        Worksheet sheet = workbook.newWorksheet("企业库");
        for (int c = 0; c < EnterpriseImport.HEADERS.size(); c++) {
            sheet.value(0, c, EnterpriseImport.HEADERS.get(c));
        }
        for (int i = 1; i <= ENTERPRISES; i++) {
            sheet.value(i, 0, code(firstCode + i));
            sheet.value(i, 1, "导入企业" + (firstCode + i) + "有限公司");
            sheet.value(i, 3, towns.get(i % towns.size()));
            sheet.value(i, 4, "3484");
            sheet.value(i, 9, 1000 + i % 3000);
            sheet.value(i, 10, 2024);
            sheet.value(i, 11, i % 5 == 0 ? "重点企业" : "");
            if (i % 5000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
