package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A data directory made by an older version (zonky's {@code trust}, everything owned by the superuser, no password
 * file) starts, gets its roles and passwords, moves its objects to the owner and from then on requires passwords.
 */
class EmbeddedDatabaseUpgradeTest {

    private final Path directory;

    EmbeddedDatabaseUpgradeTest() throws IOException {
        directory = Files.createTempDirectory("fagai-upgrade");
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aDataDirectoryOfTheOldVersionGetsRolesAndPasswordsAndThenRefusesConnectionsWithoutOne() throws Exception {
        createAsTheOldVersionDid();

        String url;
        String appPassword;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false)) {
            url = database.jdbcUrl();
            appPassword = database.appPassword();
            Path passwordFile = directory.resolve(DatabasePasswords.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(DatabasePasswords.OWNER_ONLY);
            assertThat(Files.readString(directory.resolve(ClientAuthentication.FILE_NAME))).doesNotContain("trust")
                    .contains("127.0.0.1/32   scram-sha-256");
            assertRefusedWithoutPassword(url);
            try (Connection owner = DriverManager.getConnection(url, DatabaseRoles.OWNER, database.ownerPassword());
                 Statement sql = owner.createStatement()) {
                assertThat(single(sql, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_log'::regclass"))
                        .isEqualTo("fagai_owner");
                assertThat(single(sql, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_log_id_seq'::regclass"))
                        .isEqualTo("fagai_owner");
                assertThat(single(sql, "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'old_function'"))
                        .isEqualTo("fagai_owner");
                assertThat(single(sql, "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'similarity'"))
                        .as("an extension's own functions stay with the extension").isEqualTo("postgres");
                assertThat(single(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = 'fagai_app'")).isEqualTo("false");
            }
        }

        try (EmbeddedDatabase again = EmbeddedDatabase.start(directory, false)) {
            assertThat(again.appPassword()).as("the kept passwords are reused").isEqualTo(appPassword);
            try (Connection app = DriverManager.getConnection(again.jdbcUrl(), DatabaseRoles.APP, appPassword)) {
                assertThat(app.isValid(2)).isTrue();
            }
            assertRefusedWithoutPassword(again.jdbcUrl());
        }
    }

    @Test
    void aLostPasswordFileIsGeneratedAnewOnTheNextStart() throws Exception {
        String first;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false)) {
            first = database.appPassword();
        }
        Files.delete(directory.resolve(DatabasePasswords.FILE_NAME));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false)) {
            assertThat(database.appPassword()).isNotEqualTo(first);
            try (Connection app = DriverManager.getConnection(database.jdbcUrl(), DatabaseRoles.APP, database.appPassword())) {
                assertThat(app.isValid(2)).isTrue();
            }
            assertRefusedWithoutPassword(database.jdbcUrl());
        }
    }

    private void createAsTheOldVersionDid() throws IOException, SQLException {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection superuser = old.getPostgresDatabase().getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute("CREATE EXTENSION pg_trgm");
            sql.execute("CREATE TABLE audit_log (id BIGSERIAL PRIMARY KEY, actor TEXT)");
            sql.execute("CREATE FUNCTION old_function() RETURNS int AS 'SELECT 1' LANGUAGE sql");
        }
        assertThat(Files.readString(directory.resolve(ClientAuthentication.FILE_NAME))).contains("trust");
    }

    private static void assertRefusedWithoutPassword(String url) {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", DatabaseRoles.SUPERUSER);
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close()).isInstanceOf(SQLException.class);
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
