package org.fagai.project.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * project_progress's project is checked once per statement instead of per row: a row of a project that does not exist is
 * still refused, and a deleted project still takes its progress with it.
 */
@FagaiIntegrationTest
@Transactional
class ProgressProjectKeyTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void progressOfAProjectThatDoesNotExistIsRefused() {
        long missing = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM project").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO project_progress (project_id, month, version, current, completed_investment, reported_by)
                VALUES (?, DATE '2025-03-01', 1, TRUE, 10, 'test')""").param(missing).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingAProjectDeletesItsProgressAndNoOtherProjects() {
        long others = jdbc.sql("SELECT count(*) FROM project_progress").query(Long.class).single();
        long id = jdbc.sql("""
                INSERT INTO project (code, name, owner_unit, region_code, total_investment, stage, created_at, updated_at)
                VALUES ('2501-339902-04-01-999998', '删除进度测试项目', '测试单位', '339902', 800, 'CONSTRUCTION', now(), now())
                RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO project_progress (project_id, month, version, current, completed_investment, reported_by)
                VALUES (?, DATE '2025-01-01', 1, FALSE, 10, 'test'), (?, DATE '2025-01-01', 2, TRUE, 12, 'test')""")
                .params(id, id).update();

        jdbc.sql("DELETE FROM project WHERE id = ?").param(id).update();

        assertThat(jdbc.sql("SELECT count(*) FROM project_progress WHERE project_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM project_progress").query(Long.class).single()).isEqualTo(others);
    }
}
