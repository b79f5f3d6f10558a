package org.fagai.project.internal.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fagai.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectEvents {

    private final JdbcClient jdbc;

    ProjectEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long projectId, String kind, LocalDate on, String detail, String actor) {
        jdbc.sql("INSERT INTO project_event (project_id, kind, happened_on, detail, actor) VALUES (?, ?, ?, ?, ?)")
                .params(projectId, kind, on, detail, actor).update();
    }

    List<ProjectEvent> of(long projectId) {
        return jdbc.sql("SELECT kind, happened_on, detail, actor, at FROM project_event WHERE project_id = ? ORDER BY at DESC, id DESC")
                .param(projectId)
                .query((rs, i) -> new ProjectEvent(rs.getString("kind"), rs.getObject("happened_on", LocalDate.class),
                        rs.getString("detail"), rs.getString("actor"),
                        ChinaTime.zoned(rs.getObject("at", OffsetDateTime.class))))
                .list();
    }
}
