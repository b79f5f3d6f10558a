package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fagai.FagaiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outside the demo profile nothing has a default password. Each case starts the platform on a fresh database. */
class FirstAdministratorTest {

    private static SpringApplicationBuilder platform() {
        return new SpringApplicationBuilder(FagaiApplication.class);
    }

    @Test
    void refusesToStartOnAnEmptyDatabaseWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> platform().run("--spring.profiles.active=test", "--server.port=0", "--fagai.admin-password="))
                .hasStackTraceContaining("FAGAI_ADMIN_PASSWORD");
    }

    @Test
    void createsOnlyTheAdministratorFromTheEnvironmentsPassword() {
        try (ConfigurableApplicationContext context = platform().run("--spring.profiles.active=test", "--server.port=0",
                "--fagai.admin-password=Start#Pass2026", "--fagai.home-region=330100")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
            String hash = jdbc.sql("SELECT password_hash FROM app_user").query(String.class).single();
            assertThat(context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                    .matches("Start#Pass2026", hash)).isTrue();
        }
    }
}
