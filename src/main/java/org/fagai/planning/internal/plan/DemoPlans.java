package org.fagai.planning.internal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.ValueCommand;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: 示范市's 十五五 plan (2026–2030, base 2025) with its 2026 actuals — GDP and budget revenue read from
 * economic monitoring (their 2025 and 2026 全年 figures recorded there through its API), the rest entered — one binding
 * indicator behind in red; and the 十四五 plan (2021–2025) with its five years of actuals for the final evaluation.
 */
@Component
@Profile("demo")
@Order(105)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    private static final String CITY = "339900";

    private final Plans plans;
    private final FiveYearPlanStore store;
    private final EconomicIndicators monitoring;
    private final ActingUsers acting;

    DemoPlans(Plans plans, FiveYearPlanStore store, EconomicIndicators monitoring, ActingUsers acting) {
        this.plans = plans;
        this.store = store;
        this.monitoring = monitoring;
        this.acting = acting;
    }

    private static PlanCommands.NewIndicator i(String code, String name, String group, int seq, boolean binding, String unit,
                                               String direction, String kind, String target, String base, String source) {
        return new PlanCommands.NewIndicator(code, name, group, seq, binding, unit, direction, kind, new BigDecimal(target), null,
                new BigDecimal(base), source);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!store.summaries().isEmpty()) {
            return;
        }
        CurrentUser city = acting.enabled().stream().filter(u -> u.username().equals("city")).findFirst().orElse(null);
        if (city == null) {
            return;
        }
        acting.as(city, () -> {
            monitoringFigures();
            fifteenth();
            fourteenth();
            return null;
        });
    }

    /** 示范市's 2025 and 2026 全年 GDP and budget revenue, recorded in economic monitoring (the plan reads them there). */
    private void monitoringFigures() {
        List<ValueCommand> values = List.of(
                new ValueCommand("GDP", CITY, "2025年全年", new BigDecimal("3050"), new BigDecimal("6.1")),
                new ValueCommand("GDP", CITY, "2026年全年", new BigDecimal("3232"), new BigDecimal("5.8")),
                new ValueCommand("BUDGET_REV", CITY, "2025-12", new BigDecimal("455"), null),
                new ValueCommand("BUDGET_REV", CITY, "2026-12", new BigDecimal("470"), null));
        for (ValueCommand v : values) {
            try {
                monitoring.recordValue(v);
            } catch (FieldErrors e) {
                log.info("Demo plan: {} {} not recorded yet: {}", v.indicatorCode(), v.period(), e.getMessage());
            }
        }
    }

    private void fifteenth() {
        List<PlanCommands.NewIndicator> list = new ArrayList<>(List.of(
                i("GDP", "地区生产总值", "经济发展", 1, false, "亿元", "HIGHER", "ANNUAL_GROWTH", "5.5", "3050", "GDP"),
                i("BUDGET_REV", "一般公共预算收入", "经济发展", 2, false, "亿元", "HIGHER", "ANNUAL_GROWTH", "6", "455", "BUDGET_REV"),
                i("URBANISATION", "常住人口城镇化率", "经济发展", 3, false, "%", "HIGHER", "LEVEL", "72", "68.5", null),
                i("DIGITAL_SHARE", "数字经济核心产业增加值占地区生产总值比重", "经济发展", 4, false, "%", "HIGHER", "LEVEL", "12", "9.5", null),
                i("RD_INTENSITY", "全社会研究与试验发展经费投入强度", "创新驱动", 5, false, "%", "HIGHER", "LEVEL", "3.0", "2.5", null),
                i("PATENTS", "每万人口高价值发明专利拥有量", "创新驱动", 6, false, "件", "HIGHER", "LEVEL", "15", "10", null),
                i("INCOME", "居民人均可支配收入", "民生福祉", 7, false, "元", "HIGHER", "ANNUAL_GROWTH", "5.5", "52000", null),
                i("UNEMPLOYMENT", "城镇调查失业率", "民生福祉", 8, false, "%", "LOWER", "LEVEL", "5.5", "5.2", null),
                i("CHILDCARE", "每千人口拥有3岁以下婴幼儿托位数", "民生福祉", 9, false, "个", "HIGHER", "LEVEL", "4.5", "3.6", null),
                i("LIFE_EXPECTANCY", "人均预期寿命", "民生福祉", 10, false, "岁", "HIGHER", "LEVEL", "80", "79.2", null),
                i("CO2_INTENSITY", "单位地区生产总值二氧化碳排放降低", "绿色生态", 11, true, "吨/万元", "LOWER", "CUMULATIVE_CHANGE", "-18", "0.82", null),
                i("ENERGY_INTENSITY", "单位地区生产总值能耗降低", "绿色生态", 12, true, "吨标准煤/万元", "LOWER", "CUMULATIVE_CHANGE", "-13.5", "0.42", null),
                i("PM25", "细颗粒物（PM2.5）平均浓度", "绿色生态", 13, true, "微克/立方米", "LOWER", "LEVEL", "28", "31", null),
                i("FOREST", "森林覆盖率", "绿色生态", 14, true, "%", "HIGHER", "LEVEL", "46", "45.2", null),
                i("GRAIN", "粮食综合生产能力", "安全保障", 15, true, "万吨", "HIGHER", "LEVEL", "120", "118", null)));
        long id = plans.create(new PlanCommands.NewPlan("示范市国民经济和社会发展第十五个五年规划纲要", CITY, 2026, 2030, list)).id();
        String[][] actuals = {
                {"URBANISATION", "69.3", null}, {"DIGITAL_SHARE", "9.8", null}, {"RD_INTENSITY", "2.62", null},
                {"PATENTS", "11.5", null}, {"INCOME", null, "5.2"}, {"UNEMPLOYMENT", "5.1", null}, {"CHILDCARE", "3.9", null},
                {"LIFE_EXPECTANCY", "79.4", null}, {"CO2_INTENSITY", "0.80", null}, {"ENERGY_INTENSITY", "0.405", null},
                {"PM25", "30.2", null}, {"FOREST", "45.3", null}, {"GRAIN", "119", null}};
        for (String[] a : actuals) {
            plans.recordActual(id, new PlanCommands.ActualCommand(a[0], 2026, a[1] == null ? null : new BigDecimal(a[1]),
                    a[2] == null ? null : new BigDecimal(a[2])));
        }
    }

    private void fourteenth() {
        long id = plans.create(new PlanCommands.NewPlan("示范市国民经济和社会发展第十四个五年规划纲要", CITY, 2021, 2025, List.of(
                i("GDP14", "地区生产总值", "经济发展", 1, false, "亿元", "HIGHER", "ANNUAL_GROWTH", "6.5", "2120", null),
                i("URBAN14", "常住人口城镇化率", "经济发展", 2, false, "%", "HIGHER", "LEVEL", "68", "64.5", null),
                i("RD14", "全社会研究与试验发展经费投入强度", "创新驱动", 3, false, "%", "HIGHER", "LEVEL", "2.5", "2.1", null),
                i("INCOME14", "居民人均可支配收入", "民生福祉", 4, false, "元", "HIGHER", "ANNUAL_GROWTH", "6.5", "39500", null),
                i("ENERGY14", "单位地区生产总值能耗降低", "绿色生态", 5, true, "吨标准煤/万元", "LOWER", "CUMULATIVE_CHANGE", "-14", "0.49", null),
                i("FOREST14", "森林覆盖率", "绿色生态", 6, true, "%", "HIGHER", "LEVEL", "45", "43.8", null)))).id();
        // code, "G" (yearly growth in %) or "V" (yearly value), then 2021 … 2025
        String[][] series = {
                {"GDP14", "G", "8.6", "4.1", "7.9", "5.6", "6.1"},
                {"URBAN14", "V", "65.3", "66.1", "66.8", "67.6", "68.5"},
                {"RD14", "V", "2.2", "2.28", "2.36", "2.44", "2.5"},
                {"INCOME14", "G", "8.1", "5.0", "6.3", "5.4", "5.6"},
                {"ENERGY14", "V", "0.48", "0.465", "0.452", "0.445", "0.43"},
                {"FOREST14", "V", "44.0", "44.3", "44.6", "44.9", "45.2"}};
        for (String[] s : series) {
            boolean growth = s[1].equals("G");
            for (int y = 0; y < 5; y++) {
                BigDecimal v = new BigDecimal(s[2 + y]);
                plans.recordActual(id, new PlanCommands.ActualCommand(s[0], 2021 + y, growth ? null : v, growth ? v : null));
            }
        }
    }
}
