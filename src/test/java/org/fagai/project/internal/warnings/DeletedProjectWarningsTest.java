package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** project_warning has no per-row key check any more: a deleted project still takes its warning rows with it. */
@FagaiIntegrationTest
@Transactional
class DeletedProjectWarningsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletingAProjectDeletesItsWarningsAndNoOtherProjects() {
        long others = jdbc.sql("SELECT count(*) FROM project_warning").query(Long.class).single();
        long id = jdbc.sql("""
                INSERT INTO project (code, name, owner_unit, region_code, total_investment, stage, created_at, updated_at)
                VALUES ('2501-339902-04-01-999999', '删除测试项目', '测试单位', '339902', 800, 'PREPARATION', now(), now())
                RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO project_warning (project_id, month, colour, reasons, year_to_date, stage, region_code)
                VALUES (?, DATE '2025-01-01', 'GREEN', '', 0, 'PREPARATION', '339902'),
                       (?, DATE '2025-02-01', 'YELLOW', '计划开工', 0, 'PREPARATION', '339902')""").params(id, id).update();

        jdbc.sql("DELETE FROM project WHERE id = ?").param(id).update();

        assertThat(jdbc.sql("SELECT count(*) FROM project_warning WHERE project_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM project_warning").query(Long.class).single()).isEqualTo(others);
    }
}
