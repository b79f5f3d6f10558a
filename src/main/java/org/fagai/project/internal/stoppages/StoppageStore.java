package org.fagai.project.internal.stoppages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.ConflictException;
import org.fagai.shared.StoredText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stoppages of projects, never deleted: the 停复工 history. */
@Repository
public class StoppageStore {

    private static final String COLUMNS = """
            SELECT id, project_id, stopped_from, reason, expected_resume, status, reported_by, reported_at, confirmed_by, resumed_on,
                   resume_note, resume_reported_by, resume_confirmed_by FROM project_stoppage""";

    private final JdbcClient jdbc;

    StoppageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, StoppageInput input, StoppageStatus status, String actor) {
        try {
            return jdbc.sql("""
                    INSERT INTO project_stoppage (project_id, stopped_from, reason, expected_resume, status, reported_by, confirmed_by,
                      confirmed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END) RETURNING id""")
                    .params(projectId, input.from(), input.reason().trim(), input.expectedResume(), status.name(), actor,
                            status == StoppageStatus.CONFIRMED ? actor : null, status == StoppageStatus.CONFIRMED)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("from", StoredText.of("project.error.stoppage.open"));
        }
    }

    void confirm(long id, String actor) {
        jdbc.sql("UPDATE project_stoppage SET status = 'CONFIRMED', confirmed_by = ?, confirmed_at = now() WHERE id = ?")
                .params(actor, id).update();
    }

    void resume(long id, StoppageStatus status, LocalDate on, String note, String actor) {
        boolean byStaff = status == StoppageStatus.RESUMED;
        jdbc.sql("""
                UPDATE project_stoppage SET status = ?, resumed_on = ?, resume_note = coalesce(?, resume_note),
                  resume_reported_by = coalesce(resume_reported_by, ?),
                  resume_confirmed_by = CASE WHEN ? THEN ? END, resume_confirmed_at = CASE WHEN ? THEN now() END,
                  confirmed_by = coalesce(confirmed_by, CASE WHEN ? THEN ? END)
                WHERE id = ?""")
                .params(status.name(), on, note == null || note.isBlank() ? null : note.trim(), actor, byStaff, actor, byStaff,
                        byStaff, actor, id)
                .update();
    }

    /** A project's stoppage, locked for the change about to be made. */
    Optional<Stoppage> forUpdate(long projectId, long id) {
        return jdbc.sql(COLUMNS + " WHERE project_id = ? AND id = ? FOR UPDATE").params(projectId, id).query(StoppageStore::row).optional();
    }

    List<Stoppage> history(long projectId) {
        return jdbc.sql(COLUMNS + " WHERE project_id = ? ORDER BY stopped_from DESC, id DESC").param(projectId)
                .query(StoppageStore::row).list();
    }

    /** The stops staff confirmed of these projects (null: of all), for judging their warnings month by month. */
    public Map<Long, List<Stoppage>> confirmed(Collection<Long> projectIds) {
        Map<Long, List<Stoppage>> byProject = new HashMap<>();
        String filter = projectIds == null ? "" : " AND project_id IN (SELECT unnest(?::bigint[]))";
        var spec = jdbc.sql(COLUMNS + " WHERE status <> 'REPORTED'" + filter);
        if (projectIds != null) {
            spec = spec.param(projectIds.toArray(Long[]::new));
        }
        spec.query(StoppageStore::row).list()
                .forEach(s -> byProject.computeIfAbsent(s.projectId(), k -> new ArrayList<>()).add(s));
        return byProject;
    }

    private static Stoppage row(ResultSet rs, int i) throws SQLException {
        return new Stoppage(rs.getLong("id"), rs.getLong("project_id"), rs.getObject("stopped_from", LocalDate.class),
                rs.getString("reason"), rs.getObject("expected_resume", LocalDate.class), StoppageStatus.valueOf(rs.getString("status")),
                rs.getString("reported_by"), ChinaTime.zoned(rs.getObject("reported_at", OffsetDateTime.class)), rs.getString("confirmed_by"),
                rs.getObject("resumed_on", LocalDate.class), rs.getString("resume_note"), rs.getString("resume_reported_by"),
                rs.getString("resume_confirmed_by"));
    }
}
