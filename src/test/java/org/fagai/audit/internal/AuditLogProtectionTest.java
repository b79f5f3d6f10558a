package org.fagai.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.fagai.FagaiIntegrationTest;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log is append-only for the role the application runs as (等保 2.0): it is not a superuser and owns no
 * table, so it can neither rewrite nor empty the log nor switch the trigger off; even the owner meets the trigger.
 */
@FagaiIntegrationTest
class AuditLogProtectionTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String RAISED_BY_TRIGGER = "P0001";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    FlywayConnectionDetails owner;

    @Test
    void theApplicationRunsAsItsOwnRoleThatIsNeitherSuperuserNorTheOwnerOfAnyTable() {
        Map<String, Object> role = jdbc.sql("""
                SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
                       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
                FROM pg_roles r WHERE r.rolname = current_user""").query().singleRow();
        assertThat(role).containsEntry("name", "fagai_app").containsEntry("superuser", false)
                .containsEntry("bypass", false).containsEntry("owned", 0L);
        assertThat(jdbc.sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_log'::regclass")
                .query(String.class).single()).isEqualTo("fagai_owner");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER ALL",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
            "SET session_replication_role = replica",
            "UPDATE audit_log SET actor = 'nobody'",
            "DELETE FROM audit_log",
            "DROP TRIGGER audit_log_no_change ON audit_log",
            "DROP TABLE audit_log",
            "ALTER TABLE audit_log OWNER TO fagai_app",
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql",
            "UPDATE flyway_schema_history SET success = false"})
    void everyWayToRewriteEmptyOrUntriggerTheAuditLogIsRefusedToTheApplicationsRole(String statement) throws SQLException {
        try (Connection app = dataSource.getConnection()) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("INSERT INTO audit_log (actor, action, detail) VALUES ('probe', 'UPDATE', 'kept')");
                assertThatThrownBy(() -> sql.execute(statement)).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            } finally {
                app.rollback();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TRUNCATE audit_log", "UPDATE audit_log SET actor = 'nobody'", "DELETE FROM audit_log"})
    void evenTheOwnerMeetsTheAppendOnlyTriggerOnTruncateUpdateAndDelete(String statement) throws SQLException {
        try (Connection schemaOwner = DriverManager.getConnection(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword())) {
            schemaOwner.setAutoCommit(false);
            try (Statement sql = schemaOwner.createStatement()) {
                sql.execute("INSERT INTO audit_log (actor, action, detail) VALUES ('probe', 'UPDATE', 'kept')");
                assertThatThrownBy(() -> sql.execute(statement)).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(RAISED_BY_TRIGGER));
            } finally {
                schemaOwner.rollback();
            }
        }
    }

    @Test
    void theApplicationsRoleAppendsAndReadsAuditEntries() {
        auditLog.recordAs("protection-probe", "127.0.0.1", AuditAction.CREATE, "probe", "append-1", "追加一条");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE actor = 'protection-probe' AND target_id = 'append-1'")
                .query(String.class).list()).containsExactly("追加一条");
    }

    @Test
    void theApplicationsRoleWritesEveryOtherTableButTruncatesNone() {
        List<String> notWritable = jdbc.sql("""
                SELECT relname FROM pg_class
                WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')
                  AND NOT (has_table_privilege(oid, 'SELECT') AND has_table_privilege(oid, 'INSERT')
                           AND has_table_privilege(oid, 'UPDATE') AND has_table_privilege(oid, 'DELETE'))
                ORDER BY relname""").query(String.class).list();
        assertThat(notWritable).containsExactly("audit_log", "flyway_schema_history");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')
                  AND (has_table_privilege(oid, 'TRUNCATE') OR has_table_privilege(oid, 'TRIGGER'))""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTableTheOwnerAddsLaterIsGrantedToTheApplicationByDefault() throws SQLException {
        try (Connection schemaOwner = DriverManager.getConnection(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword())) {
            schemaOwner.setAutoCommit(false);
            try (Statement sql = schemaOwner.createStatement()) {
                sql.execute("CREATE TABLE later_module_table (id BIGSERIAL PRIMARY KEY, name TEXT)");
                var granted = sql.executeQuery("""
                        SELECT has_table_privilege('fagai_app', 'later_module_table', 'SELECT')
                           AND has_table_privilege('fagai_app', 'later_module_table', 'INSERT')
                           AND has_table_privilege('fagai_app', 'later_module_table', 'UPDATE')
                           AND has_table_privilege('fagai_app', 'later_module_table', 'DELETE')
                           AND NOT has_table_privilege('fagai_app', 'later_module_table', 'TRUNCATE')
                           AND has_sequence_privilege('fagai_app', 'later_module_table_id_seq', 'USAGE')""");
                granted.next();
                assertThat(granted.getBoolean(1)).isTrue();
            } finally {
                schemaOwner.rollback();
            }
        }
    }

    @Test
    void aConnectionToLoopbackWithoutTheRightPasswordIsRefused() {
        String url = owner.getJdbcUrl();
        assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
        for (String user : List.of("postgres", "fagai_owner", "fagai_app")) {
            Properties noPassword = new Properties();
            noPassword.setProperty("user", user);
            assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "postgres").close())
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        }
    }
}
