package org.fagai.project.internal.blockers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectRepository;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.supervision.SupervisionItems;
import org.fagai.shared.web.MessageText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises, lists and resolves blockers; deadlines are counted in working days on the official calendar. */
@Service
public class BlockerBook {

    /** The length of the responsible department's column. */
    private static final int DEPARTMENT_LENGTH = 100;
    /** About a working year: a blocker's deadline further off is a plan, not a deadline. */
    private static final int MAX_WORKING_DAYS = 250;

    private final BlockerRepository blockers;
    private final ProjectRegistry registry;
    private final ProjectRepository projects;
    private final WorkingCalendar calendar;
    private final UserDirectory users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SupervisionItems loop;
    private final ApplicationEventPublisher events;
    private final MessageText text;

    BlockerBook(BlockerRepository blockers, ProjectRegistry registry, ProjectRepository projects, WorkingCalendar calendar,
                UserDirectory users, AuditLog audit, JdbcTemplate jdbc, Clock clock, SupervisionItems loop,
                ApplicationEventPublisher events, MessageText text) {
        this.text = text;
        this.events = events;
        this.loop = loop;
        this.blockers = blockers;
        this.registry = registry;
        this.projects = projects;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long raise(String projectCode, BlockerInput input) {
        Project project = registry.visible(projectCode);
        List<FieldError> errors = new ArrayList<>(Commands.violations(input));
        BlockerCategory category = null;
        try {
            category = BlockerCategory.valueOf(input.category() == null ? "" : input.category().trim());
        } catch (IllegalArgumentException e) {
            for (BlockerCategory c : BlockerCategory.values()) {
                if (c.chinese().equals(input.category())) {
                    category = c;
                }
            }
            if (category == null) {
                errors.add(new FieldError("category", StoredText.of("project.error.blocker.category")));
            }
        }
        if (input.description() == null || input.description().isBlank() || input.description().length() > MaxLength.TEXT) {
            errors.add(new FieldError("description", StoredText.of("project.error.blocker.description", MaxLength.TEXT)));
        }
        if (input.department() == null || input.department().isBlank() || input.department().length() > DEPARTMENT_LENGTH) {
            errors.add(new FieldError("department", StoredText.of("project.error.blocker.department", DEPARTMENT_LENGTH)));
        }
        int days = input.workingDays() == null ? BlockerInput.DEFAULT_WORKING_DAYS : input.workingDays();
        if (days < 1 || days > MAX_WORKING_DAYS) {
            errors.add(new FieldError("workingDays", StoredText.of("project.error.blocker.workingDays", MAX_WORKING_DAYS)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = calendar.current().addWorkingDays(today, days).deadline();
        Blocker blocker = blockers.save(new Blocker(project.id(), category, input.description().trim(), input.department().trim(),
                today, deadline, users.requireCurrent().username()));
        audit.record(AuditAction.CREATE, "blocker", String.valueOf(blocker.id()),
                StoredText.of("project.audit.blocker.raised", project.code(), StoredText.label("blocker.category." + category.name()), blocker.description(), days, deadline));
        return blocker.id();
    }

    @Transactional
    void resolve(long id, String resolution) {
        Blocker blocker = find(id);
        registry.scope().requireStaff();
        try {
            blocker.resolve(resolution, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("resolution", e.getMessage());
        }
        audit.record(AuditAction.UPDATE, "blocker", String.valueOf(id), StoredText.of("project.audit.blocker.resolved", blocker.resolution()));
        events.publishEvent(new BlockerResolved(id, blocker.resolution()));
    }

    public Blocker find(long id) {
        Blocker blocker = blockers.findById(id).orElseThrow(() -> new NotFoundException(StoredText.of("project.error.blocker.notFound", id)));
        Project project = projects.findById(blocker.projectId()).orElseThrow();
        registry.scope().requireVisible(project);
        return blocker;
    }

    /** One blocker as lists show it, with its item's state; 404 outside the user's scope. */
    @Transactional(readOnly = true)
    public BlockerView view(long id) {
        find(id);
        return byIds(List.of(id)).get(0);
    }

    /** The board: blockers in the user's scope, filtered by status, category and overdue, newest first. */
    @Transactional(readOnly = true)
    public List<BlockerView> board(BlockerStatus status, BlockerCategory category, boolean overdueOnly, String projectCode, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (status != null) {
            where.append(" AND b.status = ?");
            params.add(status.name());
        }
        if (category != null) {
            where.append(" AND b.category = ?");
            params.add(category.name());
        }
        if (overdueOnly) {
            where.append(" AND b.status <> 'RESOLVED' AND b.deadline < ?");
            params.add(LocalDate.now(clock));
        }
        if (projectCode != null) {
            where.append(" AND p.code = ?");
            params.add(projectCode);
        }
        return query(where, params, limit);
    }

    /** The given blockers, as far as the user may see them. */
    @Transactional(readOnly = true)
    public List<BlockerView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        StringBuilder where = new StringBuilder(" WHERE b.id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")");
        return query(where, params, ids.size());
    }

    private List<BlockerView> query(StringBuilder where, List<Object> params, int limit) {
        where.append(" AND ").append(registry.scope().sql(params));
        params.add(limit);
        LocalDate today = LocalDate.now(clock);
        List<BlockerView> views = jdbc.query("SELECT b.*, p.code, p.name AS project_name, r.name AS region_name FROM project_blocker b"
                + " JOIN project p ON p.id = b.project_id LEFT JOIN region r ON r.code = p.region_code" + where
                + " ORDER BY (b.status = 'RESOLVED'), b.deadline, b.id LIMIT ?", (rs, i) -> BlockerView.of(rs, today, c -> text.get("blocker.category." + c.name())), params.toArray());
        return BlockerView.withLoop(views, loop.statuses(views.stream().map(BlockerView::itemId).filter(Objects::nonNull).toList()));
    }
}
