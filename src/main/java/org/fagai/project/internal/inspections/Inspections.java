package org.fagai.project.internal.inspections;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.blockers.BlockerBook;
import org.fagai.project.internal.blockers.BlockerInput;
import org.fagai.project.internal.photos.PhotoView;
import org.fagai.project.internal.photos.SitePhotos;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Site inspections (巡查) by staff: date, who, findings, photos; a finding may be raised as a blocker of the project. */
@Service
public class Inspections {

    private final ProjectRegistry registry;
    private final BlockerBook blockers;
    private final SitePhotos photos;
    private final UserDirectory users;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Inspections(ProjectRegistry registry, BlockerBook blockers, SitePhotos photos, UserDirectory users, AuditLog audit,
                JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.blockers = blockers;
        this.photos = photos;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Inspection record(String code, InspectionInput input) {
        Project project = staffProject(code);
        List<FieldError> errors = new ArrayList<>(Commands.violations(input));
        if (input.blocker() != null) {
            errors.addAll(Commands.violations(input.blocker()));
        }
        if (input.inspectedOn() == null) {
            errors.add(new FieldError("inspectedOn", StoredText.of("project.error.inspection.on")));
        } else if (input.inspectedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("inspectedOn", StoredText.of("project.error.inspection.future")));
        } else if (!Years.contains(input.inspectedOn().getYear())) {
            errors.add(new FieldError("inspectedOn", StoredText.of("project.error.inspection.years", Years.RANGE)));
        }
        if (input.inspectors() == null || input.inspectors().isBlank()) {
            errors.add(new FieldError("inspectors", StoredText.of("project.error.inspection.inspectors")));
        }
        if (input.findings() == null || input.findings().isBlank()) {
            errors.add(new FieldError("findings", StoredText.of("project.error.inspection.findings")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Long blockerId = input.blocker() == null ? null : blockers.raise(code, new BlockerInput(input.blocker().category(),
                "巡查发现（" + input.inspectedOn() + "）：" + input.findings().trim(), input.blocker().department(),
                input.blocker().workingDays()));
        long id = jdbc.sql("""
                INSERT INTO project_inspection (project_id, inspected_on, inspectors, findings, blocker_id, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(project.id(), input.inspectedOn(), input.inspectors().trim(), input.findings().trim(), blockerId,
                        users.requireCurrent().username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "project-inspection", String.valueOf(id), blockerId == null
                ? StoredText.of("project.audit.inspection", project.code(), input.inspectedOn(), input.inspectors().trim())
                : StoredText.of("project.audit.inspectionBlocker", project.code(), input.inspectedOn(), input.inspectors().trim(), blockerId));
        return find(project.id(), id);
    }

    /** A photo of the inspection, by staff; its month is the inspection's. */
    @Transactional
    public PhotoView addPhoto(String code, long inspectionId, String fileName, byte[] content) {
        Project project = staffProject(code);
        Inspection inspection = find(project.id(), inspectionId);
        return photos.addToInspection(project, inspectionId, YearMonth.from(inspection.inspectedOn()), fileName, content);
    }

    @Transactional(readOnly = true)
    public List<Inspection> ofProject(String code) {
        Project project = registry.visible(code);
        return list(project.id(), null);
    }

    private Inspection find(long projectId, long id) {
        return list(projectId, id).stream().findFirst().orElseThrow(() -> new NotFoundException(StoredText.of("project.error.inspection.notFound", id)));
    }

    private List<Inspection> list(long projectId, Long id) {
        return jdbc.sql("""
                SELECT i.id, i.inspected_on, i.inspectors, i.findings, i.blocker_id, i.created_by, i.created_at,
                       ARRAY(SELECT f.id FROM project_photo f WHERE f.inspection_id = i.id ORDER BY f.id) AS photos
                FROM project_inspection i WHERE i.project_id = ? AND (?::bigint IS NULL OR i.id = ?)
                ORDER BY i.inspected_on DESC, i.id DESC""")
                .params(projectId, id, id)
                .query((rs, n) -> {
                    Array array = rs.getArray("photos");
                    List<Long> photoIds = Arrays.stream((Long[]) array.getArray()).toList();
                    return new Inspection(rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class), rs.getString("inspectors"),
                            rs.getString("findings"), rs.getObject("blocker_id", Long.class), rs.getString("created_by"),
                            ChinaTime.zoned(rs.getObject("created_at", OffsetDateTime.class)), photoIds);
                }).list();
    }

    private Project staffProject(String code) {
        Project project = registry.visible(code);
        registry.scope().requireStaff();
        registry.scope().requireEditor(project.regionCode());
        return project;
    }
}
