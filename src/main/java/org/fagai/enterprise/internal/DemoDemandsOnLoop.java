package org.fagai.enterprise.internal;

import java.util.List;
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
 * Demo profile: demands now on the 督办 loop, raised and routed by 王科员 (district) to 李科长 (city, 投资科) through the same
 * use cases as a person: 办理中 ones, and one answered, visited 不满意 and so reopened (重办中).
 */
@Component
@Profile("demo")
@Order(96)
class DemoDemandsOnLoop implements ApplicationRunner {

    private final Demands demands;
    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final UserDetailsService accounts;

    DemoDemandsOnLoop(Demands demands, JdbcClient jdbc, OrganizationDirectory directory, UserDetailsService accounts) {
        this.demands = demands;
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM enterprise_demand WHERE item_id IS NOT NULL").query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single() == 0) {
            return;
        }
        long city = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        long unit = directory.units().stream().filter(u -> u.name().equals("投资科")).findFirst().orElseThrow().id();
        List<String> codes = jdbc.sql("SELECT credit_code FROM service_package WHERE credit_code LIKE '91339902%' ORDER BY credit_code LIMIT 5")
                .query(String.class).list();
        DemoSignIn.as(accounts, "district", () -> {
            String[] contents = {"企业新建仓库消防验收排期靠后，请求协调", "希望帮助对接出口信用保险政策",
                    "厂区门口公交站点设置不合理，员工通勤不便", "申请技改补助的材料清单不清楚，请求指导", "厂区用水压力不足"};
            String[] categories = {"APPROVAL", "POLICY", "INFRASTRUCTURE", "POLICY", "UTILITIES"};
            for (int i = 0; i < codes.size(); i++) {
                long id = demands.raise(new DemandCommands.Raise(codes.get(i), categories[i], contents[i],
                        i == 0 ? "IMMEDIATE" : i == 4 ? "COMPLEX" : "NORMAL", "HOTLINE", null, unit, city), null);
                if (i == 4) {
                    demands.answer(id, new DemandCommands.Answer("已协调自来水公司排查管网"));
                    demands.returnVisit(id, new DemandCommands.ReturnVisit("UNSATISFIED", false, "水压仍不足"));
                }
            }
            return null;
        });
    }
}
