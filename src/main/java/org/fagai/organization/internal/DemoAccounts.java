package org.fagai.organization.internal;

import java.time.Clock;
import java.util.List;
import org.fagai.organization.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo profile's sections and its six accounts (password in the README), created on first start. */
@Component
@Profile("demo")
@Order(40)
class DemoAccounts implements ApplicationRunner {

    static final String CITY = "339900";
    static final String DISTRICT = "339902";
    static final String OWNER_CREDIT_CODE = "913399027345678902";
    /** The enterprise account's company: the first of the enterprise module's demo enterprises (东湖区). */
    static final String ENTERPRISE_CREDIT_CODE = "91339902MA0000015J";

    private final DepartmentRepository departments;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String demoPassword;

    DemoAccounts(DepartmentRepository departments, UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
                 @Value("${fagai.demo-password}") String demoPassword) {
        this.demoPassword = demoPassword;
        this.departments = departments;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        List<String> citySections = List.of("办公室", "投资科", "经济运行科", "项目办", "行政审批科", "信用科", "能源科", "价格科");
        for (int i = 0; i < citySections.size(); i++) {
            departments.save(new Department(citySections.get(i), CITY, i + 1));
        }
        Department districtSection = departments.save(new Department("综合科", DISTRICT, 1));
        Long office = departmentId("办公室");
        String hash = encoder.encode(demoPassword);
        create("admin", "系统管理员", Role.ADMIN, office, CITY, null, null, hash);
        create("leader", "张主任", Role.LEADER, office, CITY, null, null, hash);
        create("city", "李科长", Role.STAFF, departmentId("投资科"), CITY, null, null, hash);
        create("district", "王科员", Role.DISTRICT, districtSection.id(), DISTRICT, null, null, hash);
        create("owner", "示范市城建投资集团有限公司", Role.OWNER, null, DISTRICT, "示范市城建投资集团有限公司",
                OWNER_CREDIT_CODE, hash);
        create("enterprise", "示范市东湖精密机械有限公司", Role.ENTERPRISE, null, DISTRICT, "示范市东湖精密机械有限公司",
                ENTERPRISE_CREDIT_CODE, hash);
    }

    private Long departmentId(String name) {
        return departments.findAll().stream().filter(d -> d.name().equals(name) && d.regionCode().equals(CITY))
                .findFirst().map(Department::id).orElseThrow();
    }

    private void create(String username, String name, Role role, Long departmentId, String region, String unit,
                        String creditCode, String hash) {
        UserAccount account = new UserAccount(username, hash, clock.instant());
        account.describe(name, role, departmentId, region, unit, creditCode, true);
        accounts.save(account);
    }
}
