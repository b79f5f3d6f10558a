package org.fagai.project.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.warnings.WarningBook;
import org.fagai.project.internal.warnings.WarningRules;
import org.fagai.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city's key projects, generated deterministically on the first start: the 2023 city-level list of
 * exactly 1185 projects worth 2299.67亿元, of which 541 new worth 1108.77亿元 (seed 000); district lists; monthly
 * progress with a realistic spread of warnings; blockers; two joint meetings; the 2024 list; and this year's
 * list of the demo owner's district so that reporting can be tried.
 */
@Component
@Profile("demo")
@Order(50)
class DemoProjects implements ApplicationRunner {

    static final String CITY = "339900";
    static final List<String> DISTRICTS = List.of("339902", "339903", "339904", "339905", "339921", "339922");
    static final String OWNER_UNIT = "示范市城建投资集团有限公司";
    static final String OWNER_CREDIT_CODE = "913399027345678902";
    static final int CITY_COUNT = 1185;
    static final int CITY_NEW_COUNT = 541;
    static final BigDecimal CITY_TOTAL = new BigDecimal("22996700.00");
    static final BigDecimal CITY_NEW_TOTAL = new BigDecimal("11087700.00");

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    private static final String[][] KINDS = {
            {"智能制造产业园", "34"}, {"新能源汽车零部件生产基地", "36"}, {"城市更新改造", "48"}, {"污水处理厂提标改造", "46"},
            {"综合交通枢纽", "54"}, {"高标准农田建设", "01"}, {"数字经济产业园", "65"}, {"冷链物流中心", "59"},
            {"人民医院新院区", "84"}, {"保障性租赁住房", "70"}, {"分布式光伏发电", "44"}, {"中小学扩建", "83"},
            {"主干道提升改造", "48"}, {"水库除险加固", "76"}, {"锂电池材料", "38"}, {"生物医药产业化", "27"},
            {"文旅综合体", "90"}, {"供水管网改造", "46"}, {"农产品加工园", "13"}, {"半导体封装测试", "39"}};
    private static final String[] PLACES = {"临港", "滨江", "高新区", "城南", "城北", "东部新城", "西部园区", "科创走廊",
            "航空港", "湖滨", "南湾", "北岸", "中心城区", "工业园", "物流园", "老城", "新港", "金融街", "大学城", "生态谷",
            "东站片区", "西站片区", "经开区", "保税区", "山海", "翠湖", "青山", "云谷", "星河", "沿江"};
    private static final String[] PHASES = {"", "（二期）", "（三期）", "（四期）", "（五期）"};
    private static final String[] SITES = {"主体结构施工", "基础工程施工", "设备安装调试", "厂房封顶", "场地平整",
            "管网铺设", "装饰装修", "竣工验收准备"};
    private static final String[] COMPANIES = {"示范市交通投资集团有限公司", "东湖新能源科技有限公司", "西山智造股份有限公司",
            "南岭生物医药有限公司", "北港物流发展有限公司", "青溪水务集团有限公司", "云岭文旅投资有限公司", "示范市产业投资有限公司"};

    /** Share of a year's work done by the end of each month: slow around Spring Festival, faster in autumn. */
    private static final double[] CUMULATIVE_SHARE = cumulative(0.5, 0.6, 1.0, 1.0, 1.1, 1.1, 0.95, 0.95, 1.1, 1.2, 1.25, 1.25);

    private final JdbcTemplate jdbc;
    private final WarningBook warnings;
    private final Clock clock;
    private final Random random = new Random(2023);

    DemoProjects(JdbcTemplate jdbc, WarningBook warnings, Clock clock) {
        this.jdbc = jdbc;
        this.warnings = warnings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT count(*) FROM project", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        List<Long> cityList = cityList2023();
        List<Long> districtList = districtLists2023();
        list2024(cityList);
        ownerDistrictThisYear();
        blockersAndMeetings(cityList, districtList);
        for (int year : new int[] {2023, 2024, YearMonth.now(clock).minusMonths(1).getYear()}) {
            warnings.refreshYear(year);
        }
        log.info("Demo key projects generated in {} ms", System.currentTimeMillis() - started);
    }

    private List<Long> cityList2023() {
        List<BigDecimal> newTotals = split(CITY_NEW_TOTAL, CITY_NEW_COUNT);
        List<BigDecimal> continuingTotals = split(CITY_TOTAL.subtract(CITY_NEW_TOTAL), CITY_COUNT - CITY_NEW_COUNT);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CITY_COUNT; i++) {
            boolean isNew = i < CITY_NEW_COUNT;
            BigDecimal total = isNew ? newTotals.get(i) : continuingTotals.get(i - CITY_NEW_COUNT);
            String region = i < 40 ? CITY : DISTRICTS.get(i % DISTRICTS.size());
            boolean owned = i % 150 == 7;
            ids.add(project(2023, ProjectLevel.CITY, isNew, total, region, owned, i));
        }
        return ids;
    }

    private List<Long> districtLists2023() {
        List<Long> ids = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.size(); d++) {
            for (int i = 0; i < 40; i++) {
                BigDecimal total = BigDecimal.valueOf(800 + random.nextInt(30_000)).setScale(2);
                ids.add(project(2023, ProjectLevel.DISTRICT, i % 3 == 0, total, DISTRICTS.get(d), false, 5000 + d * 100 + i));
            }
        }
        return ids;
    }

    /** The 2024 city list: the 2023 projects still building, plus new ones. */
    private void list2024(List<Long> cityList) {
        List<Long> listed = new ArrayList<>();
        for (Long id : cityList) {
            if (random.nextInt(10) < 7) {
                BigDecimal total = jdbc.queryForObject("SELECT total_investment FROM project WHERE id = ?", BigDecimal.class, id);
                BigDecimal plan = total.multiply(BigDecimal.valueOf(0.2 + random.nextDouble() * 0.25)).setScale(2, RoundingMode.HALF_UP);
                jdbc.update("INSERT INTO project_plan (project_id, year, level, nature, planned_investment) VALUES (?, 2024, 'CITY', 'CONTINUING', ?)",
                        id, plan);
                listed.add(id);
            }
        }
        for (int i = 0; i < 260; i++) {
            BigDecimal total = BigDecimal.valueOf(3_000 + random.nextInt(80_000)).setScale(2);
            project(2024, ProjectLevel.CITY, true, total, DISTRICTS.get(i % DISTRICTS.size()), false, 8000 + i);
        }
        for (Long id : listed) {
            progress(id, 2024, 1, 12);
        }
    }

    /** This year's list of the owner's district, reported up to the month before last, so one month can be tried. */
    private void ownerDistrictThisYear() {
        YearMonth lastClosed = YearMonth.now(clock).minusMonths(1);
        int year = lastClosed.getYear();
        for (int i = 0; i < 30; i++) {
            boolean owned = i < 6;
            BigDecimal total = BigDecimal.valueOf(5_000 + random.nextInt(60_000)).setScale(2);
            long id = insertProject(year, "339902", owned, total, 9000 + i, YearMonth.of(year - 1, 1 + i % 12), ProjectStage.CONSTRUCTION);
            BigDecimal plan = total.multiply(BigDecimal.valueOf(0.3)).setScale(2, RoundingMode.HALF_UP);
            jdbc.update("INSERT INTO project_plan (project_id, year, level, nature, planned_investment) VALUES (?, ?, 'DISTRICT', 'CONTINUING', ?)",
                    id, year, plan);
            if (lastClosed.getMonthValue() > 1) {
                progress(id, year, 1, lastClosed.getMonthValue() - 1);
            }
        }
    }

    private long project(int year, ProjectLevel level, boolean isNew, BigDecimal total, String region, boolean owned, int n) {
        YearMonth start;
        ProjectStage stage;
        if (isNew) {
            start = YearMonth.of(year, 1 + random.nextInt(10));
            int roll = random.nextInt(100);
            stage = roll < 82 ? ProjectStage.CONSTRUCTION : roll < 94 ? ProjectStage.PREPARATION : ProjectStage.COMPLETED;
        } else {
            start = YearMonth.of(year - 1 - random.nextInt(3), 1 + random.nextInt(12));
            int roll = random.nextInt(100);
            stage = roll < 75 ? ProjectStage.CONSTRUCTION : roll < 90 ? ProjectStage.COMPLETED : roll < 96 ? ProjectStage.OPERATING
                    : ProjectStage.FULL_CAPACITY;
        }
        long id = insertProject(year, region, owned, total, n, start, stage);
        BigDecimal share = BigDecimal.valueOf(isNew ? 0.15 + random.nextDouble() * 0.25 : 0.2 + random.nextDouble() * 0.3);
        BigDecimal plan = total.multiply(share).setScale(2, RoundingMode.HALF_UP);
        jdbc.update("INSERT INTO project_plan (project_id, year, level, nature, planned_investment) VALUES (?, ?, ?, ?, ?)",
                id, year, level.name(), (isNew ? ProjectNature.NEW : ProjectNature.CONTINUING).name(), plan);
        if (stage.isStarted()) {
            int from = start.getYear() == year ? start.getMonthValue() : 1;
            progress(id, year, from, 12);
        }
        return id;
    }

    private long insertProject(int year, String region, boolean owned, BigDecimal total, int n, YearMonth start, ProjectStage stage) {
        String[] kind = KINDS[n % KINDS.length];
        String districtName = jdbc.queryForObject("SELECT name FROM region WHERE code = ?", String.class, region);
        String place = PLACES[(n / KINDS.length) % PLACES.length];
        int phase = n / (KINDS.length * PLACES.length) % PHASES.length;
        String name = districtName + place + kind[0] + PHASES[phase] + "项目";
        String owner = owned ? OWNER_UNIT : COMPANIES[n % COMPANIES.length];
        String credit = owned ? OWNER_CREDIT_CODE : CreditCode.withCheckDigits("9133990" + (n % COMPANIES.length + 1) + "M" + String.format("%07d", 1000 + n % COMPANIES.length)).value();
        String code = code(start, region, kind[1], n);
        LocalDate actualStart = stage.isStarted() ? start.atDay(1 + random.nextInt(25)) : null;
        LocalDate registeredOn = null;
        if (actualStart != null && total.compareTo(WarningRules.STATISTICS_THRESHOLD) >= 0) {
            int delay = random.nextInt(100) < 90 ? random.nextInt(25) : 40 + random.nextInt(60);
            registeredOn = actualStart.plusDays(delay);
        }
        BigDecimal before = actualStart != null && actualStart.getYear() < year
                ? total.multiply(BigDecimal.valueOf(0.1 + random.nextDouble() * 0.3)).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        BigDecimal self = total.multiply(BigDecimal.valueOf(0.6)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal loan = total.multiply(BigDecimal.valueOf(0.3)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal local = total.subtract(self).subtract(loan);
        return jdbc.queryForObject("""
                INSERT INTO project (code, name, owner_unit, owner_credit_code, department, leader, region_code, industry_code,
                  location, scale_content, start_month, end_month, total_investment, fund_local, fund_self, fund_loan,
                  completed_before, stage, actual_start_date, registered, registered_on, investment_type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                code, name, owner, credit, "投资科", "王副市长", region, kind[1], districtName + "经济开发区",
                "总建筑面积约" + (2 + n % 20) + "万平方米，建设" + kind[0] + "及配套设施", start.atDay(1),
                start.plusMonths(18 + n % 30).atDay(1), total, local, self, loan, before, stage.name(), actualStart,
                registeredOn != null, registeredOn, local.signum() > 0 ? "GOVERNMENT" : "ENTERPRISE");
    }

    /** Monthly reports whose pace puts most projects on time and some behind (yellow) or far behind (red). */
    private void progress(long id, int year, int fromMonth, int toMonth) {
        BigDecimal plan = jdbc.queryForObject("SELECT max(planned_investment) FROM project_plan WHERE project_id = ? AND year = ?",
                BigDecimal.class, id, year);
        int roll = random.nextInt(100);
        double pace = roll < 72 ? 0.97 + random.nextDouble() * 0.2 : roll < 88 ? 0.68 + random.nextDouble() * 0.2 : 0.3 + random.nextDouble() * 0.3;
        List<Object[]> rows = new ArrayList<>();
        BigDecimal done = BigDecimal.ZERO;
        for (int m = fromMonth; m <= toMonth; m++) {
            BigDecimal target = plan.multiply(BigDecimal.valueOf(pace * CUMULATIVE_SHARE[m])).setScale(2, RoundingMode.HALF_UP);
            BigDecimal amount = target.subtract(done).max(BigDecimal.ZERO);
            done = done.add(amount);
            rows.add(new Object[] {id, LocalDate.of(year, m, 1), amount, SITES[(m + (int) (id % 5)) % SITES.length],
                    LocalDate.of(year, m, 1).plusMonths(1).plusDays(2).atTime(10, 0)});
        }
        jdbc.batchUpdate("""
                INSERT INTO project_progress (project_id, month, version, current, completed_investment, site_status, reported_by, reported_at)
                VALUES (?, ?, 1, TRUE, ?, ?, 'city', ?::timestamp)""", rows);
    }

    private void blockersAndMeetings(List<Long> cityList, List<Long> districtList) {
        String[][] problems = {{"LAND", "用地指标未落实，需调整土地利用规划", "自然资源和规划局"},
                {"FUNDING", "专项债资金未及时到位，影响工程款支付", "财政局"},
                {"APPROVAL", "施工许可手续办理滞后", "住房和城乡建设局"},
                {"DEMOLITION", "征地拆迁涉及12户未签约", "东湖区人民政府"},
                {"ENVIRONMENT", "环评批复需补充专项论证", "生态环境局"},
                {"ENERGY", "节能审查材料需补正", "发展和改革委员会"}};
        List<Long> blockerIds = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            long projectId = (i % 3 == 0 ? districtList : cityList).get((i * 37) % (i % 3 == 0 ? districtList.size() : cityList.size()));
            String[] p = problems[i % problems.length];
            LocalDate raised = LocalDate.of(2023, 3 + i % 9, 5 + i % 20);
            LocalDate deadline = raised.plusDays(14 + i % 20);
            boolean resolved = i % 4 == 0;
            blockerIds.add(jdbc.queryForObject("""
                    INSERT INTO project_blocker (project_id, category, description, department, raised_on, deadline, status,
                      resolution, resolved_on, raised_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'city') RETURNING id""", Long.class,
                    projectId, p[0], p[1], p[2], raised, deadline, resolved ? "RESOLVED" : "OPEN",
                    resolved ? "经协调已落实" : null, resolved ? deadline.minusDays(3) : null));
        }
        meeting("2023年第一次发改联席会", LocalDate.of(2023, 6, 16), blockerIds.subList(1, 7));
        meeting("2023年第二次发改联席会", LocalDate.of(2023, 11, 24), blockerIds.subList(9, 15));
    }

    private void meeting(String title, LocalDate heldOn, List<Long> blockers) {
        long meetingId = jdbc.queryForObject("""
                INSERT INTO joint_meeting (title, held_on, location, chair, region_code, created_by)
                VALUES (?, ?, '市发展改革委三楼会议室', '张主任', ?, 'city') RETURNING id""", Long.class, title, heldOn, CITY);
        for (Long blockerId : blockers) {
            jdbc.update("UPDATE project_blocker SET status = 'ON_AGENDA' WHERE id = ? AND status = 'OPEN'", blockerId);
            jdbc.update("""
                    INSERT INTO joint_meeting_item (meeting_id, blocker_id, decision, owner_department, deadline)
                    VALUES (?, ?, '由责任部门牵头，限期协调解决并报送进展', (SELECT department FROM project_blocker WHERE id = ?), ?)""",
                    meetingId, blockerId, blockerId, heldOn.plusDays(30));
        }
    }

    private static double[] cumulative(double... monthly) {
        double total = Arrays.stream(monthly).sum();
        double[] share = new double[13];
        for (int m = 1; m <= 12; m++) {
            share[m] = share[m - 1] + monthly[m - 1] / total;
        }
        return share;
    }

    /** Splits a total into n positive amounts (2 decimals) that add up exactly. */
    private List<BigDecimal> split(BigDecimal total, int n) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.max(0.08, Math.exp(random.nextGaussian() * 0.9));
            sum += weights[i];
        }
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal used = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(2, RoundingMode.HALF_UP);
            parts.add(part);
            used = used.add(part);
        }
        parts.add(total.subtract(used));
        return parts;
    }

    private String code(YearMonth start, String region, String division, int n) {
        String serial = String.format("%06d", 100_000 + n);
        if (start.getYear() <= 2020) {
            return start.getYear() + "-" + region + "-" + division + "-0" + (1 + n % 3) + "-" + serial;
        }
        return String.format("%02d%02d", start.getYear() % 100, start.getMonthValue()) + "-" + region + "-04-0" + (1 + n % 3) + "-" + serial;
    }
}
