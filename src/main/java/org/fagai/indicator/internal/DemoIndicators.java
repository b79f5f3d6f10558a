package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's economic data for 示范市 (339900) and its six districts: monthly (GDP and income quarterly)
 * cumulative values for 2022 and 2023 and the 2023 targets. Districts add up to the city for additive indicators;
 * the city's 2023 full year is seed 000's: GDP 2578亿元 +7.9%, fixed-asset investment 987亿元 +31%, retail sales
 * 1423亿元 +19.9%, general budget revenue 384亿元 +11.2%, industrial value added +28%. Growth of GDP, 规上工业增加值,
 * 固定资产投资, 建安投资, 工业投资 and 社零 is seeded as the bureau reports it (with the value); the others' growth is
 * left to be computed from the levels (测算). 北港区 and 云岭县 trail their targets so the warnings show.
 * Deterministic; first start only.
 */
@Component
@Profile("demo")
@Order(60)
class DemoIndicators implements ApplicationRunner {

    static final String CITY = "339900";
    static final List<String> DISTRICTS = List.of("339902", "339903", "339904", "339905", "339921", "339922");
    private static final double[] SHARES = {0.28, 0.22, 0.17, 0.15, 0.10, 0.08};
    private static final String BY = "city";

    /** An additive indicator computed from values: the city's 2023 total and growth, each district's growth. */
    private record Additive(String code, String total2023, String cityGrowth, double[] districtGrowth, boolean januaryAlone) {
    }

    private static final List<Additive> ADDITIVE = List.of(
            new Additive("IND_OUTPUT", "3150", "25.3", new double[] {24, 27, 26.5, 19, 31, 22}, false),
            new Additive("FAI", "987", "31", new double[] {33, 36, 34, 18, 40, 24}, false),
            new Additive("FAI_CONSTR", "612", "24.5", new double[] {25, 27, 26, 14, 31, 19}, false),
            new Additive("FAI_INDUSTRY", "356", "38.2", new double[] {40, 42, 39, 21, 45, 30}, false),
            new Additive("RETAIL", "1423", "19.9", new double[] {20.5, 21, 19, 15.5, 22, 17.5}, false),
            new Additive("BUDGET_REV", "384", "11.2", new double[] {11.5, 12.5, 11.8, 7.5, 13.2, 9.6}, true),
            new Additive("TAX_REV", "291", "9.8", new double[] {10.2, 10.9, 9.5, 6.1, 12.4, 8.3}, true),
            new Additive("BUDGET_EXP", "512", "6.3", new double[] {6.0, 7.1, 6.6, 5.2, 7.9, 5.5}, true),
            new Additive("TRADE", "268", "12.4", new double[] {13, 14.5, 11, 8.2, 15, 10}, false),
            new Additive("FDI", "86500", "15", new double[] {16, 18, 14, 9, 21, 12}, false),
            new Additive("SERVICE_REV", "645", "14.7", new double[] {15.5, 16, 13.8, 10.5, 17.2, 12.1}, false));

    /** Additive indicators whose growth the bureau reports on a comparable basis: seeded with the value. */
    private static final Set<String> REPORTED = Set.of("FAI", "FAI_CONSTR", "FAI_INDUSTRY", "RETAIL");

    private static final double[] GDP_GROWTH = {8.3, 8.6, 8.1, 6.4, 9.3, 5.8};
    private static final double GDP_CITY_GROWTH = 7.9;
    private static final double[] VA_GROWTH = {31.5, 26.0, 29.8, 22.4, 35.1, 18.9};
    private static final double VA_CITY_GROWTH = 28.0;
    private static final double[] INCOME = {48200, 45100, 41800, 39900, 33600, 31200};
    private static final double[] INCOME_GROWTH = {6.5, 6.9, 7.2, 6.1, 7.8, 7.4};
    private static final double[] QUARTER_SHARE = {0.22, 0.47, 0.73, 1.0};
    private static final double[] INCOME_QUARTER_SHARE = {0.27, 0.51, 0.76, 1.0};

    private final JdbcTemplate jdbc;
    private final List<Object[]> values = new ArrayList<>();

    DemoIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM indicator_value", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        values.clear();
        ADDITIVE.forEach(this::additive);
        gdp();
        industrialValueAdded();
        income();
        jdbc.batchUpdate("INSERT INTO indicator_value (indicator_code, region_code, year, to_month, value, reported_growth, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, '" + BY + "')", values);
        targets();
    }

    /** Cumulative share of the year reached after month m: back-loaded, 2023 slightly earlier than 2022 (开门红). */
    static double share(int year, int month) {
        return Math.pow(month / 12.0, year == 2023 ? 1.10 : 1.13);
    }

    private void additive(Additive a) {
        BigDecimal city2023 = new BigDecimal(a.total2023());
        BigDecimal city2022 = city2023.divide(BigDecimal.ONE.add(new BigDecimal(a.cityGrowth()).movePointLeft(2)), 2, RoundingMode.HALF_UP);
        BigDecimal[] d2023 = split(city2023);
        BigDecimal[] d2022 = new BigDecimal[DISTRICTS.size()];
        BigDecimal rest = city2022;
        for (int d = 1; d < DISTRICTS.size(); d++) {
            d2022[d] = d2023[d].divide(BigDecimal.valueOf(1 + a.districtGrowth()[d] / 100), 2, RoundingMode.HALF_UP);
            rest = rest.subtract(d2022[d]);
        }
        d2022[0] = rest;
        int firstMonth = a.januaryAlone() ? 1 : 2;
        Map<String, BigDecimal> lastYear = new HashMap<>();
        for (int year = 2022; year <= 2023; year++) {
            BigDecimal[] annual = year == 2023 ? d2023 : d2022;
            for (int m = firstMonth; m <= 12; m++) {
                BigDecimal cityValue = BigDecimal.ZERO;
                for (int d = 0; d < DISTRICTS.size(); d++) {
                    BigDecimal v = m == 12 ? annual[d] : annual[d].multiply(BigDecimal.valueOf(share(year, m))).setScale(2, RoundingMode.HALF_UP);
                    cityValue = cityValue.add(v);
                    values.add(new Object[] {a.code(), DISTRICTS.get(d), year, m, v, reported(a, year, lastYear, d + "-" + m, v, null)});
                }
                String reportedCity = m == 12 ? a.cityGrowth() : null;
                values.add(new Object[] {a.code(), CITY, year, m, cityValue, reported(a, year, lastYear, "city-" + m, cityValue, reportedCity)});
            }
        }
    }

    /**
     * The bureau's reported growth of a REPORTED indicator in 2023 (none for 2022, which has no 2021 to compare): the
     * seed's figure for the city's full year, else the demo's levels' growth as a stand-in for the comparable basis.
     */
    private static BigDecimal reported(Additive a, int year, Map<String, BigDecimal> lastYear, String key,
                                       BigDecimal value, String published) {
        if (!REPORTED.contains(a.code())) {
            return null;
        }
        if (year == 2022) {
            lastYear.put(key, value);
            return null;
        }
        return published != null ? new BigDecimal(published).setScale(1, RoundingMode.HALF_UP)
                : value.subtract(lastYear.get(key)).movePointRight(2).divide(lastYear.get(key), 1, RoundingMode.HALF_UP);
    }

    /** The city total split by district shares; the largest district takes the rounding rest. */
    private static BigDecimal[] split(BigDecimal total) {
        BigDecimal[] parts = new BigDecimal[DISTRICTS.size()];
        BigDecimal rest = total;
        for (int d = 1; d < DISTRICTS.size(); d++) {
            parts[d] = total.multiply(BigDecimal.valueOf(SHARES[d])).setScale(2, RoundingMode.HALF_UP);
            rest = rest.subtract(parts[d]);
        }
        parts[0] = rest;
        return parts;
    }

    /** GDP: quarterly, growth reported at comparable prices; 2022 values from the reported growth. */
    private void gdp() {
        BigDecimal[] annual = split(new BigDecimal("2578"));
        for (int q = 1; q <= 4; q++) {
            BigDecimal city2023 = BigDecimal.ZERO;
            BigDecimal city2022 = BigDecimal.ZERO;
            double lateness = (4 - q) * 0.3;
            for (int d = 0; d < DISTRICTS.size(); d++) {
                BigDecimal v = q == 4 ? annual[d] : annual[d].multiply(BigDecimal.valueOf(QUARTER_SHARE[q - 1])).setScale(2, RoundingMode.HALF_UP);
                BigDecimal growth = BigDecimal.valueOf(GDP_GROWTH[d] - lateness).setScale(1, RoundingMode.HALF_UP);
                BigDecimal last = v.divide(BigDecimal.ONE.add(growth.movePointLeft(2)), 2, RoundingMode.HALF_UP);
                city2023 = city2023.add(v);
                city2022 = city2022.add(last);
                values.add(new Object[] {"GDP", DISTRICTS.get(d), 2023, q * 3, v, growth});
                values.add(new Object[] {"GDP", DISTRICTS.get(d), 2022, q * 3, last, BigDecimal.valueOf(6.2 + d * 0.2)});
            }
            values.add(new Object[] {"GDP", CITY, 2023, q * 3, city2023,
                    BigDecimal.valueOf(GDP_CITY_GROWTH - lateness).setScale(1, RoundingMode.HALF_UP)});
            values.add(new Object[] {"GDP", CITY, 2022, q * 3, city2022, new BigDecimal("6.5")});
        }
    }

    /** 规模以上工业增加值: only the growth at comparable prices is published, monthly from 1-2月. */
    private void industrialValueAdded() {
        for (int m = 2; m <= 12; m++) {
            double early = (12 - m) * 0.4;
            for (int d = 0; d < DISTRICTS.size(); d++) {
                values.add(new Object[] {"IND_VA", DISTRICTS.get(d), 2023, m, null, pct(VA_GROWTH[d] + early)});
                values.add(new Object[] {"IND_VA", DISTRICTS.get(d), 2022, m, null, pct(14 + d + early / 2)});
            }
            values.add(new Object[] {"IND_VA", CITY, 2023, m, null, pct(VA_CITY_GROWTH + early)});
            values.add(new Object[] {"IND_VA", CITY, 2022, m, null, pct(18 + early / 2)});
        }
    }

    /** 城乡居民人均可支配收入 (元, quarterly): per person, so the city is not the sum of its districts. */
    private void income() {
        for (int q = 1; q <= 4; q++) {
            double s = INCOME_QUARTER_SHARE[q - 1];
            for (int d = 0; d <= DISTRICTS.size(); d++) {
                String region = d == DISTRICTS.size() ? CITY : DISTRICTS.get(d);
                double annual = d == DISTRICTS.size() ? 42360 : INCOME[d];
                double growth = d == DISTRICTS.size() ? 6.8 : INCOME_GROWTH[d];
                BigDecimal v = BigDecimal.valueOf(annual * s).setScale(0, RoundingMode.HALF_UP);
                values.add(new Object[] {"INCOME", region, 2023, q * 3, v, null});
                values.add(new Object[] {"INCOME", region, 2022, q * 3,
                        v.divide(BigDecimal.valueOf(1 + growth / 100), 0, RoundingMode.HALF_UP), null});
            }
        }
    }

    private void targets() {
        List<Object[]> rows = new ArrayList<>();
        Object[][] city = {
                {"GDP", "7.5", null}, {"IND_VA", "25", null}, {"IND_OUTPUT", "20", null}, {"FAI", "25", "950"},
                {"FAI_CONSTR", "20", null}, {"FAI_INDUSTRY", "30", null}, {"RETAIL", "10", null},
                {"BUDGET_REV", "10", "384"}, {"TAX_REV", "8", null}, {"BUDGET_EXP", "5", null}, {"TRADE", "10", null},
                {"FDI", "12", null}, {"INCOME", "6.5", null}, {"SERVICE_REV", "12", null}};
        for (Object[] t : city) {
            rows.add(new Object[] {t[0], CITY, 2023, dec(t[1]), dec(t[2])});
            for (int d = 0; d < DISTRICTS.size(); d++) {
                BigDecimal absolute = null;
                if ("BUDGET_REV".equals(t[0])) {
                    // 青溪县 and 云岭县 were given ambitious revenue targets: yellow and red against 序时进度.
                    double factor = switch (d) {
                        case 4 -> 1.2;
                        case 5 -> 1.6;
                        default -> 0.97;
                    };
                    absolute = BigDecimal.valueOf(384 * SHARES[d] * factor).setScale(2, RoundingMode.HALF_UP);
                }
                rows.add(new Object[] {t[0], DISTRICTS.get(d), 2023, dec(t[1]), absolute});
            }
        }
        jdbc.batchUpdate("INSERT INTO indicator_target (indicator_code, region_code, year, growth_target, absolute_target, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, '" + BY + "')", rows);
    }

    private static BigDecimal pct(double growth) {
        return BigDecimal.valueOf(growth).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal dec(Object text) {
        return text == null ? null : new BigDecimal(text.toString());
    }
}
