package org.fagai.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.Bench;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Overview;
import org.fagai.indicator.RankingLine;
import org.fagai.shared.web.ExcelImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Economic monitoring at volume: every county of the region table × the whole catalogue × 36 months of values
 * (about a million rows) plus targets, loaded with COPY. Measures the overview and the district ranking against
 * the same figures computed by one hand-written SQL statement, and a 20,000-row Excel import against merely
 * parsing the file. Run: {@code ./mvnw test -Pbenchmark -Dtest=IndicatorBenchmark}. Prints figures, asserts only
 * that the service and the SQL agree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fagai.admin-password=" + Bench.ADMIN_PASSWORD, "logging.level.org.fagai=WARN"})
@ActiveProfiles("test")
class IndicatorBenchmark {

    private static final int YEAR = 2024;
    private static final int MONTH = 5;          // 1-5月: monthly indicators at 5, quarterly ones at 一季度
    private static final int IMPORT_ROWS = 20_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 60;

    @Autowired
    EconomicIndicators indicators;
    @Autowired
    ValueFiles valueFiles;
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

    private record Indicator(String code, boolean quarterly, boolean januaryAlone, boolean reported, boolean growthOnly) {

        List<Integer> months() {
            List<Integer> months = new ArrayList<>();
            for (int m = quarterly ? 3 : januaryAlone ? 1 : 2; m <= 12; m += quarterly ? 3 : 1) {
                months.add(m);
            }
            return months;
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void overviewRankingAndImport() throws Exception {
        Bench.signInAdmin(userDetails, encoder);
        List<String> counties = jdbc.sql("SELECT code FROM region WHERE level = 'COUNTY' ORDER BY code LIMIT 3000")
                .query(String.class).list();
        List<Indicator> catalogue = jdbc.sql("""
                        SELECT code, frequency = 'QUARTERLY' AS q, january_alone, growth_source = 'REPORTED' AS r, growth_only
                        FROM indicator WHERE enabled ORDER BY sort_order""")
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .list();

        long start = System.nanoTime();
        long[] loaded = load(counties, catalogue);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Bench.report("indicator data set: %d regions x %d indicators x 36 months = %,d values, %,d targets, loaded by COPY in %.1f s",
                counties.size(), catalogue.size(), loaded[0], loaded[1], loadSeconds);

        // The prefecture with the most counties: its first county's overview, and its counties' ranking.
        String parent = jdbc.sql("""
                        SELECT parent_code FROM region WHERE level = 'COUNTY' GROUP BY parent_code
                        ORDER BY count(*) DESC, parent_code LIMIT 1""").query(String.class).single();
        String region = jdbc.sql("SELECT min(code) FROM region WHERE parent_code = ?").param(parent).query(String.class).single();
        int peers = jdbc.sql("SELECT count(*) FROM region WHERE parent_code = ?").param(parent).query(Integer.class).single();

        // ---- overview ----------------------------------------------------------------------------------------
        List<String> serviceOverview = overviewByService(region);
        List<String> sqlOverview = overviewBySql(region);
        assertThat(serviceOverview).hasSize(catalogue.size()).isEqualTo(sqlOverview);
        double[][] overview = Bench.timePair(WARM_UP, RUNS, () -> overviewByService(region), () -> overviewBySql(region));
        double serviceMs = Bench.median(overview[0]);
        double sqlMs = Bench.median(overview[1]);
        Bench.report("indicator overview (%s, %d-%02d, ranked among %d counties): service %.2f ms, raw SQL %.2f ms, ratio %.2f (aim <= 1.5)",
                region, YEAR, MONTH, peers, serviceMs, sqlMs, serviceMs / sqlMs);

        // ---- district ranking --------------------------------------------------------------------------------
        List<String> serviceRanking = rankingByService(parent);
        List<String> sqlRanking = rankingBySql(parent);
        assertThat(serviceRanking).hasSize(peers).isEqualTo(sqlRanking);
        double[][] ranking = Bench.timePair(WARM_UP, RUNS, () -> rankingByService(parent), () -> rankingBySql(parent));
        serviceMs = Bench.median(ranking[0]);
        sqlMs = Bench.median(ranking[1]);
        Bench.report("indicator ranking (FAI, %d counties of %s): service %.2f ms, raw SQL %.2f ms, ratio %.2f (aim <= 1.5)",
                peers, parent, serviceMs, sqlMs, serviceMs / sqlMs);

        // ---- import ------------------------------------------------------------------------------------------
        MockMultipartFile file = importFile(counties, catalogue);
        Bench.note("import file: %,d rows, %,d bytes", IMPORT_ROWS, file.getSize());
        byte[] bytes = file.getBytes();
        assertThat(ExcelImport.read(new java.io.ByteArrayInputStream(bytes), ValueRules.HEADERS)).hasSize(IMPORT_ROWS);
        double[] parse = Bench.time(2, 5, () -> ExcelImport.read(new java.io.ByteArrayInputStream(bytes), ValueRules.HEADERS));
        double[] imports = new double[3];
        for (int run = -1; run < imports.length; run++) {      // run -1 warms up
            jdbc.sql("DELETE FROM indicator_value WHERE year = 2025").update();
            long t = System.nanoTime();
            int stored = valueFiles.importFile(file, indicators::importValues);
            double ms = (System.nanoTime() - t) / 1e6;
            assertThat(stored).isEqualTo(IMPORT_ROWS);
            if (run >= 0) {
                imports[run] = ms;
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_value WHERE year = 2025").query(Long.class).single())
                .isEqualTo(IMPORT_ROWS);
        double importMs = Bench.median(imports);
        double parseMs = Bench.median(parse);
        Bench.report("indicator import (%,d-row .xlsx): import %.0f ms = %,.0f rows/s (aim >= 10,000), parse only %.0f ms = %,.0f rows/s, ratio %.2f",
                IMPORT_ROWS, importMs, IMPORT_ROWS * 1000 / importMs, parseMs, IMPORT_ROWS * 1000 / parseMs, importMs / parseMs);

        Bench.printSummary("IndicatorBenchmark");
    }

    // ---- the service and the same figures in raw SQL ----------------------------------------------------------

    private List<String> overviewByService(String region) {
        Overview o = indicators.overview(region, YEAR, MONTH);
        return o.lines().stream().map(l -> line(l.code(), l.value(), l.growth(), l.target(), l.gap(), l.rank(),
                l.rankOf(), l.completion())).toList();
    }

    /** Each enabled indicator at its own period for the month, with its peers (the region's siblings) for the rank. */
    private static final String LINES = """
            WITH ind AS (
                SELECT code, growth_source, sort_order,
                       CASE WHEN frequency = 'QUARTERLY' THEN CASE WHEN :month >= 3 THEN :month / 3 * 3 END
                            WHEN :month = 1 AND NOT january_alone THEN NULL ELSE :month END AS to_month
                FROM indicator WHERE %s),
            line AS (
                SELECT i.code AS indicator_code, i.sort_order, r.code AS region_code, r.name AS region_name, i.to_month, v.value,
                       CASE WHEN v.reported_growth IS NOT NULL THEN round(v.reported_growth, 1)
                            WHEN i.growth_source = 'COMPUTED' AND l.value > 0 THEN round((v.value - l.value) * 100 / l.value, 1)
                       END AS growth,
                       t.growth_target, t.absolute_target
                FROM ind i CROSS JOIN region r
                LEFT JOIN indicator_value v ON v.indicator_code = i.code AND v.region_code = r.code AND v.year = :year
                     AND v.to_month = i.to_month
                LEFT JOIN indicator_value l ON l.indicator_code = i.code AND l.region_code = r.code AND l.year = :year - 1
                     AND l.to_month = i.to_month
                LEFT JOIN indicator_target t ON t.indicator_code = i.code AND t.region_code = r.code AND t.year = :year
                WHERE r.parent_code = %s),
            ranked AS (
                SELECT line.*,
                       CASE WHEN growth IS NOT NULL THEN rank() OVER (PARTITION BY indicator_code ORDER BY growth DESC NULLS LAST) END AS rnk,
                       count(growth) OVER (PARTITION BY indicator_code) AS ranked,
                       CASE WHEN absolute_target > 0 THEN round(value * 100 / absolute_target, 1) END AS completion,
                       round(to_month * 100.0 / 12, 1) AS time_progress
                FROM line)
            SELECT indicator_code, region_code, region_name, value, growth, growth_target,
                   CASE WHEN growth_target IS NOT NULL THEN round(growth - growth_target, 1) ELSE completion - time_progress END AS gap,
                   CASE WHEN ranked >= 2 THEN rnk END::int AS rank, CASE WHEN ranked >= 2 AND growth IS NOT NULL THEN ranked END::int AS rank_of,
                   completion
            FROM ranked
            """;

    private List<String> overviewBySql(String region) {
        return jdbc.sql(LINES.formatted("enabled", "(SELECT parent_code FROM region WHERE code = :region)") + " WHERE region_code = :region ORDER BY sort_order, indicator_code")
                .param("month", MONTH).param("year", YEAR).param("region", region)
                .query((rs, n) -> line(rs.getString("indicator_code"), rs.getBigDecimal("value"), rs.getBigDecimal("growth"),
                        rs.getBigDecimal("growth_target"), rs.getBigDecimal("gap"), rs.getObject("rank", Integer.class),
                        rs.getObject("rank_of", Integer.class), rs.getBigDecimal("completion")))
                .list();
    }

    private List<String> rankingByService(String parent) {
        return indicators.ranking("FAI", parent, YEAR, MONTH).stream()
                .map(r -> line(r.regionCode(), r.value(), r.growth(), r.target(), r.gap(), r.rank())).toList();
    }

    private List<String> rankingBySql(String parent) {
        return jdbc.sql(LINES.formatted("code = 'FAI'", ":parent") + " WHERE growth IS NOT NULL OR value IS NOT NULL ORDER BY rank NULLS LAST, region_code")
                .param("month", MONTH).param("year", YEAR).param("parent", parent)
                .query((rs, n) -> line(rs.getString("region_code"), rs.getBigDecimal("value"), rs.getBigDecimal("growth"),
                        rs.getBigDecimal("growth_target"), rs.getBigDecimal("gap"), rs.getObject("rank", Integer.class)))
                .list();
    }

    /** Fields joined with |, numbers compared by value (scale ignored). */
    private static String line(Object... fields) {
        StringBuilder s = new StringBuilder();
        for (Object f : fields) {
            s.append(f instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(f)).append('|');
        }
        return s.toString();
    }

    // ---- data set ----------------------------------------------------------------------------------------------

    /** Values for 2022–2024 and targets, every county × indicator; returns {values, targets}. */
    private long[] load(List<String> counties, List<Indicator> catalogue) throws Exception {
        Random random = new Random(2026);
        long values;
        long targets;
        try (Bench.Copy v = new Bench.Copy(dataSource, "indicator_value",
                "indicator_code, region_code, year, to_month, value, reported_growth, updated_by");
             Bench.Copy t = new Bench.Copy(dataSource, "indicator_target",
                     "indicator_code, region_code, year, growth_target, absolute_target, updated_by")) {
            for (String county : counties) {
                for (Indicator i : catalogue) {
                    double annual = 20 + random.nextDouble() * 800;
                    for (int year = 2022; year <= 2024; year++) {
                        double factor = 0.9 + random.nextDouble() * 0.3;
                        annual *= factor;
                        for (int month : i.months()) {
                            String value = i.growthOnly() ? null
                                    : decimal(annual * month / 12 * (0.97 + random.nextDouble() * 0.06), 4);
                            String growth = i.reported() || i.growthOnly() || random.nextInt(10) == 0
                                    ? decimal(-5 + random.nextDouble() * 20, 2) : null;
                            v.row(i.code(), county, year, month, value, growth, "bench");
                        }
                        t.row(i.code(), county, year, decimal(4 + random.nextDouble() * 5, 2),
                                i.growthOnly() ? null : decimal(annual * (0.95 + random.nextDouble() * 0.1), 4), "bench");
                    }
                }
            }
            values = v.rows();
            targets = t.rows();
        }
        Bench.owner(ownerConnection).sql("ANALYZE indicator_value").update();
        Bench.owner(ownerConnection).sql("ANALYZE indicator_target").update();
        return new long[] {values, targets};
    }

    /** A non-negative decimal text with {@code scale} places, without String.format (a million of them). */
    private static String decimal(double x, int scale) {
        long factor = scale == 4 ? 10_000 : 100;
        long n = Math.round(Math.abs(x) * factor);
        String fraction = Long.toString(factor + n % factor).substring(1);
        return (x < 0 && n != 0 ? "-" : "") + n / factor + "." + fraction;
    }

    /** 20,000 rows of 2025 for monthly, computed-growth indicators, in both period spellings, numbers as numbers. */
    private static MockMultipartFile importFile(List<String> counties, List<Indicator> catalogue) throws Exception {
        List<Indicator> monthly = catalogue.stream().filter(i -> !i.quarterly() && !i.reported() && !i.growthOnly()).toList();
        Random random = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "bench", "1.0");
        Worksheet sheet = workbook.newWorksheet("经济运行数据");
        for (int c = 0; c < ValueRules.HEADERS.size(); c++) {
            sheet.value(0, c, ValueRules.HEADERS.get(c));
        }
        int row = 0;
        outer:
        for (String county : counties) {
            for (Indicator i : monthly) {
                for (int month : i.months()) {
                    if (row == IMPORT_ROWS) {
                        break outer;
                    }
                    row++;
                    sheet.value(row, 0, i.code());
                    sheet.value(row, 1, county);
                    sheet.value(row, 2, row % 2 == 0 ? "2025-%02d".formatted(month) : "2025年1-" + month + "月");
                    sheet.value(row, 3, new BigDecimal(decimal(50 + random.nextDouble() * 500, 4)));
                    if (row % 5 == 0) {
                        sheet.value(row, 4, new BigDecimal(decimal(random.nextDouble() * 12, 1)));
                    }
                }
            }
        }
        workbook.finish();
        return new MockMultipartFile("file", "经济运行数据.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
    }
}
