package org.fagai.planning.internal.price;

import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: eight monitoring points in three districts of 示范市 (东湖区's collected by the `district` account) and
 * prices of every good on every collection day from 2025 to the end of March 2026 — weekly, daily around each holiday —
 * so the Spring Festival of 2026 has its daily prices, its 环比 and its 同比; pork and eggs rise before the festival,
 * one point's beef is an outlier; two 价格认证 cases on the 督办 loop.
 */
@Component
@Profile("demo")
@Order(100)
class DemoPrices implements ApplicationRunner {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private static final List<String[]> POINTS = List.of(
            new String[] {"DH01", "东湖区湖滨农贸市场", "MARKET", "339902", "湖滨路18号"},
            new String[] {"DH02", "东湖区华联超市东城店", "SUPERMARKET", "339902", "东城大道66号"},
            new String[] {"DH03", "东湖区新桥农产品批发市场", "WHOLESALE", "339902", "新桥镇工业路1号"},
            new String[] {"XS01", "西山区凤凰农贸市场", "MARKET", "339903", "凤凰街12号"},
            new String[] {"XS02", "西山区永辉超市西山店", "SUPERMARKET", "339903", "西山路200号"},
            new String[] {"NL01", "南岭区桂花农贸市场", "MARKET", "339904", "桂花路8号"},
            new String[] {"NL02", "南岭区中石化南岭加油站", "STATION", "339904", "南岭大道9号"},
            new String[] {"NL03", "南岭区梅岭生猪养殖场", "FARM", "339904", "梅岭镇"});

    private final JdbcClient jdbc;
    private final PriceMonitoring monitoring;
    private final Certifications certifications;
    private final OrganizationDirectory directory;
    private final ActingUsers acting;

    DemoPrices(JdbcClient jdbc, PriceMonitoring monitoring, Certifications certifications, OrganizationDirectory directory,
               ActingUsers acting) {
        this.jdbc = jdbc;
        this.monitoring = monitoring;
        this.certifications = certifications;
        this.directory = directory;
        this.acting = acting;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM price_point").query(Integer.class).single() > 0) {
            return;
        }
        Long collector = directory.people().stream().filter(p -> p.username().equals("district")).findFirst()
                .map(OrganizationDirectory.Person::id).orElse(null);
        for (String[] p : POINTS) {
            jdbc.sql("INSERT INTO price_point (code, name, kind, region_code, address, collector_id) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(p[0], p[1], p[2], p[3], p[4], p[3].equals("339902") ? collector : null).update();
        }
        String[] days = monitoring.cycle().collectionDays(FROM, TO).stream().map(LocalDate::toString).toArray(String[]::new);
        // Fuel at fuel stations, hogs and corn at the farm and the wholesale market, everything else at markets and shops.
        jdbc.sql("""
                        INSERT INTO price_observation (good_id, observed_on, point_id, price, entered_by)
                        SELECT g.id, d, p.id, round((b.base
                                 * (1 + 0.04 * sin(extract(doy FROM d) / 58.0))
                                 * (1 + 0.03 * (abs(hashtext(g.code || p.code || d::text)) % 100 - 50) / 50.0)
                                 * (1 + CASE WHEN p.code = 'XS02' AND g.code = 'BEEF' AND d >= DATE '2026-02-01' THEN 0.45 ELSE 0 END)
                                 * (1 + CASE WHEN g.code IN ('PORK', 'PORK_BELLY') AND d BETWEEN DATE '2026-02-05' AND DATE '2026-02-24' THEN 0.09
                                             WHEN g.code = 'EGG' AND d BETWEEN DATE '2026-02-08' AND DATE '2026-02-24' THEN 0.06
                                             WHEN g.code IN ('PORK', 'PORK_BELLY') AND d BETWEEN DATE '2025-01-20' AND DATE '2025-02-05' THEN 0.05
                                             ELSE 0 END)
                                 * (1 + CASE WHEN d >= DATE '2026-01-01' THEN 0.015 ELSE 0 END))::numeric, 2),
                               'demo'
                        FROM unnest(CAST(? AS date[])) AS d
                        CROSS JOIN price_point p
                        JOIN price_good g ON CASE WHEN g.category = '燃料' THEN p.kind = 'STATION'
                                                  WHEN g.category = '猪粮' THEN p.kind IN ('FARM', 'WHOLESALE')
                                                  ELSE p.kind IN ('MARKET', 'SUPERMARKET', 'WHOLESALE') END
                        JOIN (VALUES ('RICE', 3.10), ('FLOUR', 2.60), ('PEANUT_OIL', 26.50), ('SOY_OIL', 11.80), ('PORK', 16.50),
                                     ('PORK_BELLY', 14.20), ('BEEF', 42.00), ('MUTTON', 40.50), ('CHICKEN', 11.20), ('EGG', 5.20),
                                     ('CABBAGE', 1.40), ('POTATO', 2.10), ('TOMATO', 4.30), ('CUCUMBER', 3.80), ('RAPE', 3.20),
                                     ('APPLE', 6.80), ('BANANA', 4.20), ('CARP', 9.50), ('HAIRTAIL', 18.50), ('GASOLINE92', 7.45),
                                     ('DIESEL', 7.12), ('LPG', 118.00), ('HOG', 14.60), ('CORN', 2.36)) AS b(code, base) ON b.code = g.code""")
                .param(days).update();
        jdbc.sql("""
                        INSERT INTO price_daily (good_id, observed_on, region_code, points, total)
                        SELECT o.good_id, o.observed_on, p.region_code, count(*), sum(o.price)
                        FROM price_observation o JOIN price_point p ON p.id = o.point_id
                        GROUP BY o.good_id, o.observed_on, p.region_code""").update();
        cases();
    }

    /** Two open cases, accepted by 李科长 (`city`) and handled by 王科员 (`district`). */
    private void cases() {
        List<CurrentUser> users = acting.enabled();
        CurrentUser city = users.stream().filter(u -> u.username().equals("city")).findFirst().orElse(null);
        OrganizationDirectory.Person handler = directory.people().stream().filter(p -> p.username().equals("district")).findFirst()
                .orElse(null);
        if (city == null || handler == null || handler.departmentId() == null) {
            return;
        }
        LocalDate today = monitoring.today();
        acting.as(city, () -> {
            certifications.create(new Certifications.NewCase("POLICE", "示范市公安局东湖分局", "涉案电动自行车一辆（2024年购置）价格认定",
                    today.minusDays(3), 7, handler.departmentId(), handler.id(), city.id()));
            return certifications.create(new Certifications.NewCase("DISCIPLINE", "示范市纪委监委", "涉案茶叶20斤价格认定",
                    today.minusDays(12), 7, handler.departmentId(), handler.id(), city.id()));
        });
    }
}
