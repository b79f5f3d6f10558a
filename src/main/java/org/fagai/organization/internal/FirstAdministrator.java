package org.fagai.organization.internal;

import java.time.Clock;
import org.fagai.organization.Role;
import org.fagai.shared.web.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile there is no default password: on an empty database the first administrator's
 * password must come from {@code FAGAI_ADMIN_PASSWORD}, or the platform refuses to start.
 */
@Component
@Profile("!demo")
@Order(40)
class FirstAdministrator implements ApplicationRunner {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;
    private final String homeRegion;
    private final Formats fmt;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
                       @Value("${fagai.admin-password:}") String password,
                       @Value("${fagai.home-region:110000}") String homeRegion, Formats fmt) {
        this.fmt = fmt;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
        this.homeRegion = homeRegion;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("数据库中还没有任何账号：请用环境变量 FAGAI_ADMIN_PASSWORD 设置首个管理员 admin 的密码"
                    + "（或以 demo 配置启动演示环境）。No account exists: set FAGAI_ADMIN_PASSWORD.");
        }
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw new IllegalStateException("FAGAI_ADMIN_PASSWORD 不符合密码规则：" + fmt.storedChinese(problem));
        });
        UserAccount admin = new UserAccount("admin", encoder.encode(password), clock.instant());
        admin.describe("系统管理员", Role.ADMIN, null, homeRegion, null, null, true);
        accounts.save(admin);
    }
}
