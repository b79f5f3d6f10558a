package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fagai.funds.FundChannel;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, first start only (after the key projects): 2023 as seed 000 (二)四 states it — 122 special-bond
 * projects declared with a total investment of 332亿元, 112 of them approved with 293亿元, and 280亿元 of central-budget
 * and other superior funds asked — then smaller years up to this one, with spending on and behind time and idle funds.
 * Some applications are for the demo key projects (the owner account's among them), the rest for other projects.
 */
@Component
@Profile("demo")
@Order(80)
class FundsDemoData implements ApplicationRunner {

    static final int BONDS_DECLARED = 122;
    static final int BONDS_APPROVED = 112;
    static final BigDecimal BONDS_DECLARED_TOTAL = new BigDecimal("3320000.00");
    static final BigDecimal BONDS_APPROVED_TOTAL = new BigDecimal("2930000.00");
    static final BigDecimal CENTRAL_REQUESTED = new BigDecimal("1600000.00");
    static final BigDecimal SUPERIOR_REQUESTED = new BigDecimal("1200000.00");

    private static final Logger log = LoggerFactory.getLogger(FundsDemoData.class);
    private static final String CITY = "339900";
    private static final List<String> REGIONS = List.of("339900", "339902", "339903", "339904", "339905", "339921", "339922");
    private static final String[] REGION_NAMES = {"示范市", "东湖区", "西山区", "南岭区", "北港区", "青溪县", "云岭县"};
    private static final String[][] BOND_KINDS = {{"WATER", "水系连通及水生态修复"}, {"SEWAGE", "污水处理厂及配套管网"},
            {"WATER_SUPPLY", "城乡供水一体化"}, {"TOLL_ROAD", "快速通道"}, {"PARKING", "智慧停车场"},
            {"INDUSTRIAL_PARK", "产业园区基础设施"}, {"SOCIAL_HOUSING", "保障性租赁住房"}, {"LAND_RESERVE", "片区土地储备"},
            {"EDUCATION", "中小学校建设"}, {"HEALTH", "医院医疗能力提升"}, {"MUNICIPAL", "老旧小区改造配套基础设施"},
            {"COLD_CHAIN", "农产品冷链物流设施"}, {"NEW_INFRA", "城市数据中心"}, {"URBAN_VILLAGE", "城中村改造"},
            {"ELDERLY_CHILDCARE", "养老服务中心"}, {"GAS_NETWORK", "天然气管网"}};
    private static final String[] CENTRAL_PROGRAMS = {"SOCIAL", "AGRICULTURE_WATER", "TRANSPORT", "URBANIZATION", "REGIONAL",
            "CARBON", "DISASTER", "SAFETY"};
    private static final String[] CENTRAL_SECTORS = {"EDUCATION", "WATER", "TOLL_ROAD", "MUNICIPAL", "INDUSTRIAL_PARK",
            "NEW_ENERGY", "WATER", "HEALTH"};

    private final ApplicationStore store;
    private final RuleBook rules;
    private final ProjectCatalog projects;
    private final SpendingJudge judge;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Random random = new Random(17);
    private int serial;

    FundsDemoData(ApplicationStore store, RuleBook rules, ProjectCatalog projects, SpendingJudge judge, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.projects = projects;
        this.judge = judge;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM funds_application").query(Long.class).single() > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        List<ProjectRef> keyProjects = projects.inRegion(CITY, 400).stream()
                .filter(p -> p.totalInvestment().compareTo(BigDecimal.valueOf(60_000)) <= 0).toList();
        bonds2023(keyProjects);
        superior2023(FundChannel.CENTRAL_BUDGET, CENTRAL_REQUESTED, 86, keyProjects.subList(20, 40));
        superior2023(FundChannel.SUPERIOR_FUNDS, SUPERIOR_REQUESTED, 54, List.of());
        new FundsDemoYears(this, random).laterYears(keyProjects, LocalDate.now(clock));
        judge.judgeAll();
        log.info("Demo funds applications generated in {} ms", System.currentTimeMillis() - started);
    }

    private void bonds2023(List<ProjectRef> keyProjects) {
        List<ProjectRef> linked = keyProjects.subList(0, 12);
        BigDecimal linkedTotal = linked.stream().map(ProjectRef::totalInvestment).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> approvedTotals = new ArrayList<>(linked.stream().map(ProjectRef::totalInvestment).toList());
        approvedTotals.addAll(split(BONDS_APPROVED_TOTAL.subtract(linkedTotal), BONDS_APPROVED - linked.size()));
        List<BigDecimal> refusedTotals = split(BONDS_DECLARED_TOTAL.subtract(BONDS_APPROVED_TOTAL), BONDS_DECLARED - BONDS_APPROVED);
        for (int i = 0; i < BONDS_DECLARED; i++) {
            boolean approved = i < BONDS_APPROVED;
            BigDecimal total = approved ? approvedTotals.get(i) : refusedTotals.get(i - BONDS_APPROVED);
            String[] kind = BOND_KINDS[i % BOND_KINDS.length];
            ProjectRef key = i < linked.size() ? linked.get(i) : null;
            LocalDate declared = LocalDate.of(2023, 1 + (i * 11) % 10, 5 + i % 20);
            BigDecimal requested = total.multiply(BigDecimal.valueOf(0.3 + (i % 5) * 0.05)).setScale(0, RoundingMode.HALF_UP);
            boolean capital = i % 8 == 3 && rules.sector(kind[0]).orElseThrow().capitalAllowed();
            FundApplication a = FundApplication.declared(bond(2023, key, kind, total, requested, capital, i), rules.channel(FundChannel.SPECIAL_BOND),
                    declared, today(), "city");
            a.reviewByDrc(true, null, declared.plusDays(10), today(), "city");
            if (!approved) {
                a.reviewByFinance(false, null, "项目收益测算依据不足，融资平衡方案需完善", declared.plusDays(40), today(), "city");
                store.insert(a, "city");
                continue;
            }
            a.reviewByFinance(true, requested, null, declared.plusDays(40), today(), "city");
            LocalDate allocatedOn = declared.plusDays(70);
            a.allocate(requested, "示财债〔2023〕" + (20 + i) + "号", allocatedOn, today(), "city");
            a.disburse(requested, allocatedOn.plusDays(15), today(), "city");
            store.insert(a, "city");
            spend(a, YearMonth.from(allocatedOn.plusDays(15)), YearMonth.of(2024, 6), i % 5 == 0 ? 0.9 + random.nextDouble() * 0.09 : 1.0, 3);
        }
    }

    private void superior2023(FundChannel channel, BigDecimal requestedTotal, int count, List<ProjectRef> linked) {
        List<BigDecimal> requested = split(requestedTotal, count);
        for (int i = 0; i < count; i++) {
            ProjectRef key = i < linked.size() ? linked.get(i) : null;
            BigDecimal asked = requested.get(i);
            if (key != null && key.totalInvestment().compareTo(asked.multiply(BigDecimal.valueOf(4))) < 0) {
                key = null;
            }
            BigDecimal total = key != null ? key.totalInvestment() : asked.multiply(BigDecimal.valueOf(4 + i % 3));
            LocalDate declared = LocalDate.of(2023, 2 + i % 9, 3 + i % 22);
            FundApplication a = FundApplication.declared(other(channel, 2023, key, total, asked, i), rules.channel(channel), declared, today(), "city");
            a.reviewByDrc(true, null, declared.plusDays(7), today(), "city");
            boolean approved = i % 6 != 5;
            if (!approved) {
                a.reviewByFinance(false, null, "不符合本年度专项支持方向", declared.plusDays(30), today(), "city");
                store.insert(a, "city");
                continue;
            }
            BigDecimal amount = asked.multiply(BigDecimal.valueOf(0.7 + (i % 4) * 0.1)).setScale(2, RoundingMode.HALF_UP);
            a.reviewByFinance(true, amount, null, declared.plusDays(30), today(), "city");
            a.allocate(amount, "示发改投资〔2023〕" + (100 + i) + "号", declared.plusDays(50), today(), "city");
            a.disburse(amount, declared.plusDays(60), today(), "city");
            store.insert(a, "city");
            spend(a, YearMonth.from(declared.plusDays(60)), YearMonth.of(2024, 3), i % 7 == 0 ? 0.95 : 1.0, 3);
        }
    }

    /** Spending every {@code step} months from {@code from} to {@code to}, ending at {@code share} of what was disbursed. */
    void spend(FundApplication a, YearMonth from, YearMonth to, double share, int step) {
        YearMonth last = to.isAfter(YearMonth.now(clock)) ? YearMonth.now(clock).minusMonths(1) : to;
        if (last.isBefore(from)) {
            return;
        }
        BigDecimal target = a.progress.disbursedAmount.multiply(BigDecimal.valueOf(Math.min(1.0, share))).setScale(2, RoundingMode.DOWN);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(from, last) / step + 1;
        BigDecimal part = target.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        BigDecimal done = BigDecimal.ZERO;
        for (int k = 0; k < months; k++) {
            YearMonth month = from.plusMonths((long) k * step);
            BigDecimal amount = k == months - 1 ? target.subtract(done) : part;
            a.recordSpending(month, amount, BigDecimal.ZERO, today(), "owner");
            store.putSpending(a.id(), month, amount, "owner");
            store.update(a);
            done = done.add(amount);
        }
    }

    Declaration bond(int year, ProjectRef key, String[] kind, BigDecimal total, BigDecimal requested, boolean capital, int i) {
        BigDecimal debt = requested.multiply(new BigDecimal("1.45")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal income = debt.multiply(BigDecimal.valueOf(1.15 + (i % 7) * 0.08)).setScale(2, RoundingMode.HALF_UP);
        return declaration(FundChannel.SPECIAL_BOND, null, year, key, kind[0], kind[1], total, requested, BigDecimal.ZERO, capital,
                income, debt, i);
    }

    Declaration other(FundChannel channel, int year, ProjectRef key, BigDecimal total, BigDecimal asked, int i) {
        String program = channel == FundChannel.CENTRAL_BUDGET ? CENTRAL_PROGRAMS[i % CENTRAL_PROGRAMS.length]
                : channel == FundChannel.ULTRA_LONG_BOND ? (i % 2 == 0 ? "TWO_MAJOR" : "TWO_NEW") : null;
        String sector = channel == FundChannel.CENTRAL_BUDGET ? CENTRAL_SECTORS[i % CENTRAL_SECTORS.length]
                : channel == FundChannel.ULTRA_LONG_BOND ? (i % 2 == 0 ? "WATER" : "EQUIPMENT_RENEWAL") : "MUNICIPAL";
        String what = rules.sector(sector).orElseThrow().name();
        return declaration(channel, program, year, key, sector, what + "项目", total, asked, BigDecimal.ZERO, false, null, null, i);
    }

    private Declaration declaration(FundChannel channel, String program, int year, ProjectRef key, String sector, String kind,
                                    BigDecimal total, BigDecimal requested, BigDecimal matching, boolean capital,
                                    BigDecimal income, BigDecimal debt, int i) {
        int r = i % REGIONS.size();
        String region = key != null ? key.regionCode() : REGIONS.get(r);
        String code = key != null ? key.code()
                : String.format("%02d%02d-%s-04-0%d-%06d", year % 100, 1 + i % 12, region, 1 + i % 3, 700_000 + ++serial);
        String name = key != null ? key.name() : REGION_NAMES[r] + kind + (i / 16 == 0 ? "" : "（" + (i / 16 + 1) + "期）") + "工程";
        String owner = key != null ? key.ownerUnit() : REGION_NAMES[r] + "城市建设投资有限公司";
        return new Declaration(channel, program, year, code, key != null, name, owner, key != null ? key.ownerCreditCode() : null,
                region, sector, "用于" + name + "建设", "工程建设费用", total, requested, matching, capital, income, debt,
                "《" + name + "实施方案》", "《" + name + "财务评价报告书》", "《" + name + "法律意见书》",
                "示自然资规〔" + year + "〕" + (10 + i) + "号");
    }

    static List<BigDecimal> split(BigDecimal total, int n) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal used = BigDecimal.ZERO;
        double weights = 0;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.6 + (i * 37 % 11) / 10.0;
            weights += w[i];
        }
        for (int i = 0; i < n - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(w[i] / weights)).setScale(0, RoundingMode.HALF_UP);
            parts.add(part);
            used = used.add(part);
        }
        parts.add(total.subtract(used));
        return parts;
    }

    List<ProjectRef> ownerProjects(String creditCode) {
        return projects.inRegion("339902", 500).stream().filter(p -> creditCode.equals(p.ownerCreditCode())).toList();
    }

    ApplicationStore store() {
        return store;
    }

    RuleBook rules() {
        return rules;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
