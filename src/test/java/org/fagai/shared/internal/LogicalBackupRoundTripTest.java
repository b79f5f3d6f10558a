package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;

/**
 * Backup, wipe, restore, compare — on the demo database while the platform runs: the backup is one snapshot written
 * through the driver (no pg_dump), the restore goes into an empty PostgreSQL, every table's row count and the audit log's
 * rows come back identical, and the restored audit log is as protected as the original.
 */
@FagaiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogicalBackupRoundTripTest {

    @Autowired
    FlywayConnectionDetails owner;

    Path work;

    Path backup;
    BackupManifest written;
    EmbeddedDatabase empty;
    BackupManifest restored;

    @BeforeAll
    void backUpWipeAndRestore() throws Exception {
        work = Files.createTempDirectory("fagai-backup-test");
        backup = work.resolve("fagai.zip");
        try (Connection source = DriverManager.getConnection(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword())) {
            written = LogicalBackup.write(source, backup);
        }
        empty = EmbeddedDatabase.start(Files.createDirectories(work.resolve("empty")), true);
        restored = LogicalRestore.restore(empty.jdbcUrl(), DatabaseRoles.OWNER, empty.ownerPassword(), DatabaseRoles.APP, backup);
    }

    @AfterAll
    void stopTheSecondServer() throws Exception {
        if (empty != null) {
            empty.close();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void theBackupIsOneOwnerOnlyFileHoldingEveryTableOfTheSchema() throws Exception {
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(DatabasePasswords.OWNER_ONLY);
        assertThat(written.tables).extracting(BackupManifest.Table::name)
                .contains("audit_log", "project", "project_progress", "app_user", "spring_session", "shedlock")
                .doesNotContain("flyway_schema_history");
        assertThat(written.tables.stream().filter(t -> t.name().equals("project")).findFirst().orElseThrow().rows()).isPositive();
        // References checked per statement by a trigger (V202612140300) order the load as foreign keys do.
        assertThat(written.tables).extracting(BackupManifest.Table::name).containsSubsequence("region", "project", "project_plan")
                .containsSubsequence("industry", "project", "project_event");
        assertThat(written.schemaVersion).isEqualTo(restored.schemaVersion);
    }

    @Test
    void everyTableHasTheRowCountOfTheBackupAndTheRestoredAuditLogIsTheOriginalsUpToTheSnapshot() throws Exception {
        try (Connection source = DriverManager.getConnection(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword());
             Connection target = DriverManager.getConnection(empty.jdbcUrl(), DatabaseRoles.OWNER, empty.ownerPassword())) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (BackupManifest.Table table : written.tables) {
                counts.put(table.name(), table.rows());
            }
            assertThat(counts(target, counts.keySet())).isEqualTo(counts);
            long lastId = single(target, "SELECT coalesce(max(id), 0) FROM audit_log");
            assertThat(lastId).isPositive();
            assertThat(digest(target, "SELECT * FROM audit_log ORDER BY id"))
                    .isEqualTo(digest(source, "SELECT * FROM audit_log WHERE id <= " + lastId + " ORDER BY id"));
            for (String quiet : new String[] {"project", "project_plan", "region", "industry", "calendar_day", "department"}) {
                assertThat(single(target, "SELECT count(*) FROM " + quiet)).as(quiet).isEqualTo(single(source, "SELECT count(*) FROM " + quiet));
            }
            assertThat(single(target, "SELECT last_value FROM audit_log_id_seq")).isGreaterThanOrEqualTo(lastId);
        }
    }

    @Test
    void theRestoredAuditLogRefusesTheApplicationsRoleAnyChangeButAppending() throws Exception {
        try (Connection app = DriverManager.getConnection(empty.jdbcUrl(), DatabaseRoles.APP, empty.appPassword())) {
            for (String change : new String[] {"UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log",
                    "ALTER TABLE audit_log DISABLE TRIGGER ALL"}) {
                assertThatThrownBy(() -> execute(app, change)).as(change).isInstanceOf(SQLException.class);
            }
            execute(app, "INSERT INTO audit_log (actor, action) VALUES ('restore-test', 'LOGIN')");
        }
        try (Connection target = DriverManager.getConnection(empty.jdbcUrl(), DatabaseRoles.OWNER, empty.ownerPassword())) {
            assertThat(single(target, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled = 'O'"))
                    .isEqualTo(2);
            assertThatThrownBy(() -> execute(target, "DELETE FROM audit_log")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefused() {
        assertThatThrownBy(() -> LogicalRestore.restore(empty.jdbcUrl(), DatabaseRoles.OWNER, empty.ownerPassword(),
                DatabaseRoles.APP, backup)).hasMessageContaining("不是空的");
    }

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path forged = work.resolve("forged.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(forged))) {
            zip.putNextEntry(new ZipEntry("tables/audit_log.copy"));
            zip.write("1\t2026-01-01\tx\tLOGIN\n".getBytes());
        }
        assertThatThrownBy(() -> LogicalRestore.restore(empty.jdbcUrl(), DatabaseRoles.OWNER, empty.ownerPassword(),
                DatabaseRoles.APP, forged)).hasMessageContaining("备份文件不完整");
    }

    private static Map<String, Long> counts(Connection db, Iterable<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, single(db, "SELECT count(*) FROM " + SchemaCatalog.quote(table)));
        }
        return counts;
    }

    private static long single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String digest(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT md5(string_agg(t::text, '|')) FROM (" + query + ") t")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection db, String statement) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }
}
