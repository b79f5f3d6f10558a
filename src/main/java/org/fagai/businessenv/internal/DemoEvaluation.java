package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.OrganizationDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the 2023 evaluation of 示范市's six counties (and 2022 for the year-on-year change), entered by 李科长 (city)
 * through the same use case as a person; 东湖区's approval indicators come from the approvals demo. The member units are
 * mapped onto the demo's sections; the 2024 data collection and the reform tasks of 优化营商环境 6.0版 are on the loop.
 */
@Component
@Profile("demo")
@Order(150)
class DemoEvaluation implements ApplicationRunner {

    static final int YEAR = 2023;
    static final List<String> COUNTIES = List.of("339902", "339903", "339904", "339905", "339921", "339922");

    private final JdbcClient jdbc;
    private final Evaluations evaluations;
    private final ReformTasks reforms;
    private final DataCollection collection;
    private final OrganizationDirectory directory;
    private final UserDetailsService accounts;

    DemoEvaluation(JdbcClient jdbc, Evaluations evaluations, ReformTasks reforms, DataCollection collection,
                   OrganizationDirectory directory, UserDetailsService accounts) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.reforms = reforms;
        this.collection = collection;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM be_value").query(Long.class).single() > 0
                || directory.units().stream().noneMatch(u -> u.name().equals("投资科"))) {
            return;
        }
        long investment = unit("投资科");
        jdbc.sql("UPDATE be_indicator SET member_unit_id = ? WHERE parent_code IS NOT NULL").param(investment).update();
        List<Indicator> measured = evaluations.measuredList();
        DemoSignIn.as(accounts, "city", () -> {
            for (int year : new int[] {YEAR - 1, YEAR}) {
                for (int d = 0; d < COUNTIES.size(); d++) {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    for (int k = 0; k < measured.size(); k++) {
                        values.put(measured.get(k).code(), value(measured.get(k), d, k, year));
                    }
                    evaluations.saveValues(new EvaluationCommands.Values(year, COUNTIES.get(d), values));
                }
            }
            evaluations.saveBenchmark(new EvaluationCommands.Benchmark(YEAR, "E0102", "全省最优", new BigDecimal("1")));
            return null;
        });
        long cityPerson = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        DemoSignIn.as(accounts, "leader", () -> {
            reforms.create(new EvaluationCommands.ReformVersion("6.0版", YEAR, "示范市优化营商环境6.0版政策措施", List.of(
                    task("推行企业开办“一件事”全程网办，开办时间压缩至1个工作日", investment, cityPerson),
                    task("工程建设项目审批全流程压缩至60个工作日以内", investment, cityPerson),
                    task("低压小微企业用电报装“三零”服务全覆盖", investment, cityPerson),
                    task("不动产登记与水电气网联动过户", investment, cityPerson),
                    task("涉企政策“免申即享”清单扩围", investment, cityPerson))));
            collection.start(new EvaluationCommands.StartCollection(YEAR + 1, 15));
            return null;
        });
    }

    private static EvaluationCommands.ReformTask task(String title, long unit, long person) {
        return new EvaluationCommands.ReformTask(title, unit, person, null);
    }

    /** A deterministic spread around a base in the indicator's unit; the year before spread otherwise. */
    static BigDecimal value(Indicator indicator, int county, int index, int year) {
        BigDecimal base = switch (indicator.unit()) {
            case "工作日" -> new BigDecimal("5");
            case "个" -> new BigDecimal("4");
            case "分" -> new BigDecimal("80");
            case "%" -> indicator.direction() == Direction.LOWER ? new BigDecimal("20") : new BigDecimal("85");
            case "万元" -> new BigDecimal("1200");
            case "小时" -> new BigDecimal("30");
            case "小时/年" -> new BigDecimal("120");
            case "天" -> new BigDecimal("200");
            default -> new BigDecimal("15");
        };
        int spread = (county * 7 + index * 3 + (year < YEAR ? 4 : 0)) % 11 - 5;
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(spread).divide(BigDecimal.valueOf(40), 4, RoundingMode.HALF_UP));
        BigDecimal v = base.multiply(factor);
        if ("%".equals(indicator.unit())) {
            v = v.min(new BigDecimal("100"));
        }
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private long unit(String name) {
        return directory.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }
}
