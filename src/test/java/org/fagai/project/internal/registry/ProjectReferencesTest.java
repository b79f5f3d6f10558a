package org.fagai.project.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's region and industry, and an entry's or event's project, are checked once per statement instead of per row
 * by a foreign key (V202612140300): every writer is still refused a missing reference, whole, and the referenced rows
 * keep their part (a referenced region stays, a deleted project takes its entries and events along).
 */
@FagaiIntegrationTest
@Transactional
class ProjectReferencesTest {

    private static final String PROJECT = """
            INSERT INTO project (code, name, owner_unit, region_code, industry_code, total_investment, stage, created_at, updated_at)
            VALUES (?, '引用测试项目', '测试单位', ?, ?, 800, 'PREPARATION', now(), now()) RETURNING id""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlywayConnectionDetails owner;

    @Test
    void aStatementNamingAMissingRegionOrIndustryIsRefusedWhole() {
        long before = count("project");

        assertThatThrownBy(() -> refused(() -> jdbc.sql("""
                INSERT INTO project (code, name, owner_unit, region_code, total_investment, stage, created_at, updated_at)
                VALUES ('2501-339902-04-01-999991', '甲', '测试单位', '339902', 800, 'PREPARATION', now(), now()),
                       ('2501-339902-04-01-999992', '乙', '测试单位', '999999', 800, 'PREPARATION', now(), now())""").update()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("region_code = 999999");
        assertThatThrownBy(() -> refused(() -> jdbc.sql(PROJECT).params("2501-339902-04-01-999993", "339902", "ZZ")
                .query(Long.class).single()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("industry_code = ZZ");
        assertThat(count("project")).isEqualTo(before);
    }

    @Test
    void aProjectMovedToAMissingRegionIsRefusedAndToAnExistingOneAccepted() {
        long id = jdbc.sql(PROJECT).params("2501-339902-04-01-999994", "339902", null).query(Long.class).single();

        assertThatThrownBy(() -> refused(() -> jdbc.sql("UPDATE project SET region_code = '999999' WHERE id = ?").param(id).update()))
                .isInstanceOf(DataIntegrityViolationException.class);
        String other = jdbc.sql("SELECT min(code) FROM region WHERE code <> '339902'").query(String.class).single();
        jdbc.sql("UPDATE project SET region_code = ? WHERE id = ?").params(other, id).update();

        assertThat(jdbc.sql("SELECT region_code FROM project WHERE id = ?").param(id).query(String.class).single()).isEqualTo(other);
    }

    @Test
    void entriesAndEventsNamingAMissingProjectAreRefusedWhole() {
        long id = jdbc.sql(PROJECT).params("2501-339902-04-01-999995", "339902", null).query(Long.class).single();
        long missing = jdbc.sql("SELECT max(id) + 1000 FROM project").query(Long.class).single();

        assertThatThrownBy(() -> refused(() -> jdbc.sql("""
                INSERT INTO project_plan (project_id, year, level, nature, planned_investment, stage, region_code)
                VALUES (?, 2025, 'CITY', 'NEW', 10, 'PREPARATION', '339902'), (?, 2025, 'CITY', 'NEW', 10, 'PREPARATION', '339902')""")
                .params(id, missing).update())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> refused(() -> jdbc.sql("""
                INSERT INTO project_event (project_id, kind, happened_on, detail, actor) VALUES (?, 'CREATE', now(), '', 'test')""")
                .param(missing).update())).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM project_plan WHERE project_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aReferencedRegionCannotBeDeletedNorRecodedAndAnUnreferencedOneCan() {
        for (String code : List.of("339987", "339988")) {
            jdbc.sql("INSERT INTO region (code, name, level, parent_code) SELECT ?, '引用测试县', level, parent_code FROM region"
                    + " WHERE code = '339902'").param(code).update();
        }
        jdbc.sql(PROJECT).params("2501-339988-04-01-999996", "339988", null).query(Long.class).single();

        assertThatThrownBy(() -> refused(() -> jdbc.sql("DELETE FROM region WHERE code = '339988'").update()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("\"project\"");
        assertThatThrownBy(() -> refused(() -> jdbc.sql("UPDATE region SET code = '339989' WHERE code = '339988'").update()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("\"project\"");
        jdbc.sql("UPDATE region SET name = '改名测试县' WHERE code = '339988'").update();
        jdbc.sql("DELETE FROM region WHERE code = '339987'").update();

        assertThat(count("region WHERE code LIKE '33998_'")).isEqualTo(1);
    }

    @Test
    void deletingAProjectDeletesItsEntriesAndEventsAndNoOthers() {
        long entries = count("project_plan");
        long events = count("project_event");
        long id = jdbc.sql(PROJECT).params("2501-339902-04-01-999997", "339902", null).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO project_plan (project_id, year, level, nature, planned_investment, stage, region_code)
                VALUES (?, 2025, 'CITY', 'NEW', 10, 'PREPARATION', '339902')""").param(id).update();
        jdbc.sql("INSERT INTO project_event (project_id, kind, happened_on, detail, actor) VALUES (?, 'CREATE', now(), '', 'test')")
                .param(id).update();

        jdbc.sql("DELETE FROM project WHERE id = ?").param(id).update();

        assertThat(count("project_plan")).isEqualTo(entries);
        assertThat(count("project_event")).isEqualTo(events);
    }

    @Test
    void aTemporaryTableOfTheSameNameCannotStandInForTheReferencedOne() {
        jdbc.sql("CREATE TEMP TABLE region (code varchar(6)) ON COMMIT DROP").update();
        jdbc.sql("INSERT INTO pg_temp.region VALUES ('999998')").update();
        long before = count("project");

        assertThatThrownBy(() -> refused(() -> jdbc.sql(PROJECT).params("2501-339902-04-01-999998", "999998", null)
                .query(Long.class).single()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("region_code = 999998");
        assertThat(count("project")).isEqualTo(before);
    }

    @Test
    void everyTriggerFunctionOfTheSchemaResolvesNamesInTheSchemaFirst() {
        List<String> unpinned = jdbc.sql("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = current_schema() AND p.prorettype = 'trigger'::regtype
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                  AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=' || quote_ident(current_schema()) || ', pg_temp']
                ORDER BY 1""").query(String.class).list();

        assertThat(unpinned).as("trigger functions without `SET search_path = <schema>, pg_temp`").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TRUNCATE region CASCADE", "TRUNCATE industry CASCADE", "TRUNCATE project CASCADE"})
    void aTruncateLeavingReferencingRowsBehindIsRefusedEvenToTheOwner(String statement) throws SQLException {
        try (Connection schemaOwner = DriverManager.getConnection(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword())) {
            schemaOwner.setAutoCommit(false);
            try (Statement sql = schemaOwner.createStatement()) {
                sql.execute("SET LOCAL lock_timeout = '10s'");
                sql.execute("""
                        INSERT INTO project (code, name, owner_unit, region_code, industry_code, total_investment, stage, created_at, updated_at)
                        VALUES ('2501-339902-04-01-999990', '清空测试项目', '测试单位', '339902',
                                (SELECT min(code) FROM industry), 800, 'PREPARATION', now(), now())""");
                sql.execute("""
                        INSERT INTO project_event (project_id, kind, happened_on, detail, actor)
                        SELECT id, 'CREATE', now(), '', 'test' FROM project WHERE code = '2501-339902-04-01-999990'""");
                assertThatThrownBy(() -> sql.execute(statement)).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("23503"));
            } finally {
                schemaOwner.rollback();
            }
        }
    }

    /** Runs a statement that must fail, in a savepoint, so the test's transaction goes on after it. */
    private void refused(Runnable statement) {
        jdbc.sql("SAVEPOINT refused").update();
        try {
            statement.run();
        } finally {
            jdbc.sql("ROLLBACK TO SAVEPOINT refused").update();
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
