package org.fagai.credit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile, first start only, after the demo applications (order 72) have created their licence records:
 * licences decided before December 2024 were published two days before their due date; later ones stay pending.
 */
@Component
@Profile("demo")
@Order(74)
class DemoLicencePublication implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoLicencePublication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM credit_licence WHERE published_at IS NOT NULL").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                UPDATE credit_licence SET published_at = ((due_date - 2) + time '10:00') AT TIME ZONE 'Asia/Shanghai', published_by = 'city'
                WHERE published_at IS NULL AND xk_jdrq < DATE '2024-12-01'""").update();
    }
}
