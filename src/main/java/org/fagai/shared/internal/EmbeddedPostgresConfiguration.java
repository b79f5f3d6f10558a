package org.fagai.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so a
 * fresh machine needs nothing installed. Boot builds its pool from the {@link JdbcConnectionDetails} (the
 * application's own unprivileged role) and Flyway migrates through the {@link FlywayConnectionDetails} (the owner).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__never__")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${fagai.data-dir}") String dataDir,
                                      @Value("${fagai.embedded-db.clean:false}") boolean clean) throws IOException {
        // A throw-away database (tests) lives in a fresh temporary directory and is deleted on close.
        Path directory = clean ? Files.createTempDirectory("fagai-pg") : Path.of(dataDir, "postgres").toAbsolutePath();
        Files.createDirectories(directory);
        StalePostmaster.stopIfRunning(directory);
        log.info("Starting embedded PostgreSQL, data in {}", directory);
        try {
            return EmbeddedDatabase.start(directory, clean);
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("内置 PostgreSQL 启动失败（以 root 运行时需要 unshare 命令；"
                    + "或设置 SPRING_DATASOURCE_URL 使用外部数据库）: " + e.getMessage(), e);
        }
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(EmbeddedDatabase database) {
        return new JdbcConnectionDetails() {
            @Override public String getUsername() { return DatabaseRoles.APP; }
            @Override public String getPassword() { return database.appPassword(); }
            @Override public String getJdbcUrl() { return database.jdbcUrl(); }
        };
    }

    @Bean
    FlywayConnectionDetails flywayConnectionDetails(EmbeddedDatabase database) {
        return new FlywayConnectionDetails() {
            @Override public String getUsername() { return DatabaseRoles.OWNER; }
            @Override public String getPassword() { return database.ownerPassword(); }
            @Override public String getJdbcUrl() { return database.jdbcUrl(); }
        };
    }

    /** afterMigrate.sql grants the application's rights to the role the pool really uses. */
    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("approle", DatabaseRoles.APP);
            configuration.placeholders(placeholders);
        };
    }
}
