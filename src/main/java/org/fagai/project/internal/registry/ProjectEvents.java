package org.fagai.project.internal.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fagai.project.ProjectStage;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A project's history: each line's detail a stored sentence ({@link StoredText}), read in the reader's language;
 * {@code V202612111200} mapped the lines written in Chinese before.
 */
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

    static String created(ProjectStage stage) {
        return StoredText.of("project.event.created", stageLabel(stage));
    }

    /** 在建 → 竣工, the start date when it starts construction, the note (an import's as a message key). */
    static String stage(ProjectStage from, ProjectStage to, LocalDate on, String note) {
        String started = to == ProjectStage.CONSTRUCTION ? StoredText.of("project.event.started", on) : "";
        String noted = note == null || note.isBlank() ? "" : StoredText.of("project.event.note",
                ProjectRegistry.IMPORTED.equals(note) ? StoredText.label("project.event.imported") : note.trim());
        return StoredText.of("project.event.stage", stageLabel(from), stageLabel(to), started, noted);
    }

    static String registered() {
        return StoredText.of("project.event.registered");
    }

    static String codeReplaced(String old, String replacement) {
        return StoredText.of("project.event.code", old, replacement);
    }

    private static StoredText.Label stageLabel(ProjectStage stage) {
        return StoredText.label("project.stage." + stage.name());
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
