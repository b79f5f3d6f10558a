package org.fagai.project.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * project_progress's project is checked once per statement by its write path instead of per row by a foreign key:
 * reports of a project that does not exist are still refused, and a deleted project still takes its progress with it.
 */
@FagaiIntegrationTest
@Transactional
class ProgressProjectKeyTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressStore store;

    @Test
    void reportsNamingAProjectThatDoesNotExistAreRefusedWhole() {
        long existing = jdbc.sql("SELECT min(id) FROM project").query(Long.class).single();
        long missing = jdbc.sql("SELECT max(id) + 1000 FROM project").query(Long.class).single();
        long before = jdbc.sql("SELECT count(*) FROM project_progress").query(Long.class).single();
        ProgressReport report = ProgressReport.of(new ProgressInput("2025-03", new BigDecimal("10"), "主体施工", null, null, null, null),
                new ProgressReport.Terms(new BigDecimal("1000"), year -> true, new ReportingWindow(3650), LocalDate.of(2025, 4, 1),
                        month -> null));

        assertThatThrownBy(() -> store.store(List.of(new ProgressStore.Entry(existing, report), new ProgressStore.Entry(missing, report)),
                "test")).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM project_progress").query(Long.class).single()).isEqualTo(before);
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
