package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.CreditCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: 500 enterprises of 示范市 spread over the districts' towns, 463 of them key enterprises in 服务包
 * (seed 004: "实现463家企业走访覆盖率100%") visited in 2023 and in every quarter of this year (this quarter not yet
 * all of them), 24 stone enterprises (石材企业). Deterministic; written set-based so a start stays fast.
 */
@Component
@Profile("demo")
@Order(95)
class DemoEnterprises implements ApplicationRunner {

    static final int KEY_ENTERPRISES = 463;
    static final int ALL = 500;
    static final int STONE = 24;
    private static final String[] WORDS = {"精密", "华兴", "恒通", "宏达", "新锐", "鼎盛", "汇丰", "永昌", "金桥", "瑞祥", "天成",
            "博远", "嘉禾", "远航", "润泽", "正泰", "联创", "东升", "海纳", "中科"};
    private static final String[][] TRADES = {{"3484", "机械"}, {"3311", "钢结构"}, {"3982", "电子"}, {"2710", "制药"},
            {"1713", "印染"}, {"2929", "塑业"}, {"3670", "汽车部件"}, {"3891", "电气"}, {"1391", "食品"}, {"4411", "热电"},
            {"5124", "商贸"}, {"5212", "超市"}, {"5261", "汽车销售"}, {"6110", "酒店"}, {"6210", "餐饮"}, {"3099", "新材料"}};
    private static final BigDecimal[] REVENUES = {new BigDecimal("12800"), new BigDecimal("3650.5"), new BigDecimal("1880"),
            new BigDecimal("560"), new BigDecimal("260"), new BigDecimal("180"), new BigDecimal("45200"), new BigDecimal("2100")};

    private final JdbcClient jdbc;
    private final EnterpriseStore store;
    private final RegionDirectory regions;
    private final OrganizationDirectory directory;
    private final Clock clock;

    DemoEnterprises(JdbcClient jdbc, EnterpriseStore store, RegionDirectory regions, OrganizationDirectory directory,
                    Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.regions = regions;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<RegionView> towns = regions.towns("339900");
        List<CleanEnterprise> rows = new ArrayList<>();
        rows.add(new CleanEnterprise(code("339902", 1), "示范市东湖精密机械有限公司", "陈明", "339902001", "3484",
                "示范市东湖区湖滨街道工业路1号", "刘强", "0579-88000001", "MEDIUM", new BigDecimal("12800"), year - 1,
                EnumSet.of(EnterpriseFlag.KEY, EnterpriseFlag.HIGH_TECH), year));
        List<RegionView> stoneTowns = towns.stream().filter(t -> t.name().startsWith("石") || t.name().startsWith("青石")
                || t.name().startsWith("岩") || t.name().startsWith("高山")).toList();
        for (int n = 2; n <= ALL; n++) {
            boolean stone = n > ALL - STONE - 13 && n <= ALL - 13;
            RegionView town = stone ? stoneTowns.get(n % stoneTowns.size()) : towns.get(n % towns.size());
            String[] trade = stone ? new String[] {"3032", "石材"} : TRADES[n % TRADES.length];
            String name = town.name().replaceAll("(街道|镇|乡)$", "") + WORDS[n % WORDS.length] + trade[1]
                    + (n > WORDS.length * TRADES.length ? n : "") + "有限公司";
            Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
            if (n <= KEY_ENTERPRISES) {
                flags.add(EnterpriseFlag.KEY);
            }
            if (stone) {
                flags.add(EnterpriseFlag.STONE);
            }
            if (n % 7 == 0) {
                flags.add(EnterpriseFlag.HIGH_TECH);
            }
            if (n % 11 == 0) {
                flags.add(EnterpriseFlag.SPECIALISED);
            }
            if (n % 13 == 0 || "4411".equals(trade[0])) {
                flags.add(EnterpriseFlag.KEY_ENERGY);
            }
            String size = n % 10 == 0 ? "LARGE" : n % 3 == 0 ? "MEDIUM" : "SMALL";
            rows.add(new CleanEnterprise(code(town.parentCode(), n), name, "法人" + n, town.code(), trade[0],
                    "示范市" + town.name() + "产业路" + n + "号", "联系人" + n, String.format("0579-88%06d", n), size,
                    REVENUES[n % REVENUES.length], year - 1, flags, year));
        }
        store.save(rows);
        long leader = person("leader");
        long city = person("city");
        long district = person("district");
        List<String> keyCodes = rows.subList(0, KEY_ENTERPRISES).stream().map(CleanEnterprise::creditCode).toList();
        jdbc.sql("""
                        INSERT INTO service_package (credit_code, leader_id, staff_id, policies, visits_per_quarter)
                        SELECT c, ?, CASE WHEN c LIKE '91339902%' THEN ? ELSE ? END,
                               '《关于促进民营经济高质量发展的若干措施》；规上工业企业培育奖励；“专精特新”梯度培育', 1
                        FROM unnest(?::varchar[]) AS c""")
                .params(leader, district, city, keyCodes.toArray(String[]::new)).update();
        visits(keyCodes, today);
        DemoRecords.demands(jdbc, keyCodes, today, district, directory.units().stream()
                .filter(u -> u.regionCode().equals("339902")).findFirst().orElseThrow().id());
    }

    /** 2023: every key enterprise once; this year: once in each past quarter, and about two in three this quarter. */
    private void visits(List<String> codes, LocalDate today) {
        List<String> visitCodes = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            visitCodes.add(codes.get(i));
            dates.add(LocalDate.of(2023, 3 + i % 9, 1 + i % 27));
            LocalDate quarter = VisitPlan.quarterStart(today.withDayOfYear(1));
            while (quarter.isBefore(VisitPlan.quarterStart(today))) {
                visitCodes.add(codes.get(i));
                dates.add(quarter.plusDays(5 + i % 60));
                quarter = quarter.plusMonths(3);
            }
            long daysSoFar = today.toEpochDay() - VisitPlan.quarterStart(today).toEpochDay();
            if (i % 3 != 2 && daysSoFar > 0) {
                visitCodes.add(codes.get(i));
                dates.add(VisitPlan.quarterStart(today).plusDays(i % daysSoFar));
            }
        }
        jdbc.sql("""
                        INSERT INTO enterprise_visit (credit_code, visited_on, visitors, met_with, discussed, created_by)
                        SELECT c, d, '李科长、王科员', '企业负责人', '了解生产经营情况，宣讲惠企政策，收集企业诉求', 'demo'
                        FROM unnest(?::varchar[], ?::text[]::date[]) AS u(c, d)""")
                .params(visitCodes.toArray(String[]::new), dates.stream().map(LocalDate::toString).toArray(String[]::new)).update();
    }

    static String code(String county, int n) {
        return CreditCode.withCheckDigits("91" + county + "MA" + String.format("%06d", n)).value();
    }

    private long person(String username) {
        return directory.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow().id();
    }
}
