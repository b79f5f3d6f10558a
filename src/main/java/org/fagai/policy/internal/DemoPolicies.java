package org.fagai.policy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.shared.ChinaTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: three of this year's policies of 示范市 (高新技术企业 by flag, 专精特新 免申即享, 高端仪器 by industry), the demo
 * enterprise's application passed review, one 免申即享 grant, and three platforms in the reserve, one with its evaluation past.
 */
@Component
@Profile("demo")
@Order(160)
class DemoPolicies implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final Policies policies;
    private final PolicyApplications applications;
    private final Platforms platforms;
    private final EnterpriseRegistry registry;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoPolicies(JdbcClient jdbc, Policies policies, PolicyApplications applications, Platforms platforms,
                 EnterpriseRegistry registry, UserDetailsService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.applications = applications;
        this.platforms = platforms;
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM policy").query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single() == 0) {
            return;
        }
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        long[] ids = DemoSignIn.as(accounts, "city", () -> new long[] {
                policies.create(new PolicyCommands.Policy("高新技术企业研发投入补助", "示范市发展和改革委员会", "示发改〔" + year + "〕12号",
                        "339900", year, "", "", "HIGH_TECH", false, new BigDecimal("50"), null, null,
                        "对高新技术企业年度研发投入给予最高50万元补助。")),
                policies.create(new PolicyCommands.Policy("专精特新企业奖励", "示范市发展和改革委员会", "示发改〔" + year + "〕18号",
                        "339900", year, "", "", "SPECIALISED", true, new BigDecimal("30"), null, null,
                        "对认定的专精特新企业一次性奖励30万元，免申即享。")),
                policies.create(new PolicyCommands.Policy("高端仪器设备购置补助", "示范市发展和改革委员会", "示发改〔" + year + "〕21号",
                        "339900", year, "C40,3484", "", "", false, new BigDecimal("100"), null, null,
                        "对购置高端仪器设备的仪器仪表和专用设备制造企业给予设备投资额10%的补助。"))});
        DemoSignIn.as(accounts, "enterprise", () -> applications.apply(new PolicyCommands.Apply(ids[0], new BigDecimal("40"))));
        DemoSignIn.as(accounts, "city", () -> {
            long applied = jdbc.sql("SELECT id FROM policy_application WHERE policy_id = ?").param(ids[0]).query(Long.class).single();
            applications.review(applied, new PolicyCommands.Review(true, null));
            policies.matches(ids[1]).stream().findFirst().ifPresent(m ->
                    applications.grantWithoutApplication(ids[1], new PolicyCommands.Grant(m.creditCode(), null)));
            policies.push(ids[0], new PolicyCommands.Push(java.util.List.of()));
            java.util.List<String> highTech = registry.withFlag(EnterpriseFlag.HIGH_TECH, year, "339900");
            if (highTech.size() >= 3) {
                long a = platforms.create(new Platforms.New("智能装备工程研究中心", "ENGINEERING_RESEARCH_CENTER", "PROVINCIAL",
                        "智能制造装备", highTech.get(0), null));
                platforms.advance(a, new Platforms.Step("DECLARED", LocalDate.of(2023, 3, 1), "申报省级"));
                platforms.advance(a, new Platforms.Step("RECOGNISED", LocalDate.of(2023, 9, 15), "省发改委认定"));
                long b = platforms.create(new Platforms.New("精密检测企业技术中心", "ENTERPRISE_TECH_CENTER", "CITY",
                        "精密测量", highTech.get(1), null));
                platforms.advance(b, new Platforms.Step("DECLARED", LocalDate.of(year, 4, 1), "申报市级"));
                platforms.create(new Platforms.New("新材料技术创新中心", "TECH_INNOVATION_CENTER", "PROVINCIAL", "新材料",
                        highTech.get(2), "拟于明年申报"));
            }
            return null;
        });
    }
}
