package org.fagai.planning.internal.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile: 示范市's annual plan of this year (targets of GDP, investment, retail and revenue set in economic
 * monitoring, three other targets, four major tasks on the 督办 loop) and 东湖区's 疏整促 special action with its
 * indicators and tasks — seed 004 (4).
 */
@Component
@Profile("demo")
@Order(115)
class DemoAnnualPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAnnualPlans.class);

    private final AnnualPlans plans;
    private final SpecialActions actions;
    private final JdbcClient jdbc;
    private final ActingUsers acting;
    private final OrganizationDirectory directory;

    DemoAnnualPlans(AnnualPlans plans, SpecialActions actions, JdbcClient jdbc, ActingUsers acting, OrganizationDirectory directory) {
        this.plans = plans;
        this.actions = actions;
        this.jdbc = jdbc;
        this.acting = acting;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM planning_annual_plan").query(Integer.class).single() > 0) {
            return;
        }
        CurrentUser city = acting.enabled().stream().filter(u -> u.username().equals("city")).findFirst().orElse(null);
        OrganizationDirectory.Person handler = directory.people().stream().filter(p -> p.username().equals("district")).findFirst()
                .orElse(null);
        if (city == null || handler == null || handler.departmentId() == null) {
            return;
        }
        acting.as(city, () -> {
            try {
                annualPlan(city, handler);
                action(city, handler);
            } catch (FieldErrors e) {
                log.warn("Demo annual plan not complete: {}", e.getMessage());
            }
            return null;
        });
    }

    private void annualPlan(CurrentUser city, OrganizationDirectory.Person handler) {
        int year = LocalDate.now().getYear();
        long id = plans.create(new AnnualCommands.NewPlan("339900", year, "示范市" + year + "年国民经济和社会发展计划",
                "坚持稳中求进工作总基调，扎实推进高质量发展。地区生产总值增长5.5%左右，固定资产投资增长6%，社会消费品零售总额增长5%，"
                        + "一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内，居民消费价格涨幅2%左右。")).id();
        plans.setMonitoringTarget(id, new AnnualCommands.MonitoringTarget("GDP", new BigDecimal("5.5"), null));
        plans.setMonitoringTarget(id, new AnnualCommands.MonitoringTarget("FAI", new BigDecimal("6"), null));
        plans.setMonitoringTarget(id, new AnnualCommands.MonitoringTarget("RETAIL", new BigDecimal("5"), null));
        plans.setMonitoringTarget(id, new AnnualCommands.MonitoringTarget("BUDGET_REV", new BigDecimal("5"), new BigDecimal("470")));
        target(id, "城镇调查失业率", "%", "LOWER", "5.5", "5.1");
        target(id, "居民消费价格涨幅", "%", "LOWER", "2", "0.8");
        target(id, "城镇新增就业", "万人", "HIGHER", "2.0", null);
        String[][] tasks = {
                {"推进“十五五”规划纲要重大项目落地", "31"}, {"完成年度重点项目投资计划", "25"},
                {"开展“七有”“五性”民生短板攻坚", "40"}, {"编制下一年度国民经济和社会发展计划", "60"}};
        for (String[] t : tasks) {
            plans.assignTask(id, new NewTask(t[0], null, handler.departmentId(), handler.id(), city.id(),
                    LocalDate.now().plusDays(Integer.parseInt(t[1])), null));
        }
    }

    private void target(long plan, String name, String unit, String direction, String target, String actual) {
        TargetLine line = plans.addTarget(plan, new AnnualCommands.NewTarget(name, unit, direction, new BigDecimal(target)));
        if (actual != null) {
            plans.recordActual(plan, line.id(), new AnnualCommands.Actual(new BigDecimal(actual)));
        }
    }

    private void action(CurrentUser city, OrganizationDirectory.Person handler) {
        int year = LocalDate.now().getYear();
        long id = actions.create(new AnnualCommands.NewAction("339902", year, "东湖区" + year + "年“疏整促”专项行动",
                "立足生态涵养区和主平台功能定位，将疏解整治促提升与科学城建设、产业转型升级紧密结合；按照市级下达的人口调控任务，"
                        + "提出各镇乡街道人口调控目标。")).id();
        String[][] indicators = {
                {"拆除违法建设", "万平方米", "HIGHER", "12", "9.6"}, {"疏解一般制造业企业", "家", "HIGHER", "8", "8"},
                {"治理“开墙打洞”", "处", "HIGHER", "30", "34"}, {"常住人口规模", "万人", "LOWER", "52", "51.6"}};
        for (String[] i : indicators) {
            TargetLine line = actions.addIndicator(id, new AnnualCommands.NewTarget(i[0], i[1], i[2], new BigDecimal(i[3])));
            actions.recordActual(id, line.id(), new AnnualCommands.Actual(new BigDecimal(i[4])));
        }
        String[][] tasks = {{"湖滨街道违法建设拆除", "20"}, {"新桥镇一般制造业企业疏解", "45"}, {"疏整促宣传报道", "10"}};
        for (String[] t : tasks) {
            actions.assignTask(id, new NewTask(t[0], null, handler.departmentId(), handler.id(), city.id(),
                    LocalDate.now().plusDays(Integer.parseInt(t[1])), null));
        }
    }
}
