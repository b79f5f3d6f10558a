package org.fagai.project.internal.stoppages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 停复工: an owner reports a stop and staff confirm it (a stop staff record is confirmed at once); the resumption goes
 * the same way. A confirmed stop and its end are told to the warnings ({@link StoppageChanged}).
 */
@Service
public class Stoppages {

    private final ProjectRegistry registry;
    private final StoppageStore store;
    private final UserDirectory users;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    Stoppages(ProjectRegistry registry, StoppageStore store, UserDirectory users, ApplicationEventPublisher publisher, AuditLog audit,
              Clock clock) {
        this.registry = registry;
        this.store = store;
        this.users = users;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Stoppage report(String code, StoppageInput input) {
        Project project = registry.visible(code);
        boolean staff = requireWriter(project);
        List<FieldErrors.FieldError> bounds = Commands.violations(input);
        if (!bounds.isEmpty()) {
            throw new FieldErrors(bounds);
        }
        Stoppage.checkNew(input.from(), input.reason(), input.expectedResume(), LocalDate.now(clock));
        StoppageStatus status = staff ? StoppageStatus.CONFIRMED : StoppageStatus.REPORTED;
        long id = store.insert(project.id(), input, status, users.requireCurrent().username());
        audit.record(AuditAction.CREATE, "project-stoppage", String.valueOf(id), StoredText.of(staff
                ? "project.audit.stoppage.recorded" : "project.audit.stoppage.reported", project.code(), input.from(), input.reason().trim()));
        if (staff) {
            publisher.publishEvent(new StoppageChanged(project.id(), input.from()));
        }
        return find(project, id);
    }

    @Transactional
    public Stoppage confirm(String code, long id) {
        Project project = registry.visible(code);
        if (!requireWriter(project)) {
            throw new AccessDeniedException("停工须由科室人员确认");
        }
        Stoppage stoppage = store.forUpdate(project.id(), id).orElseThrow(() -> notFound(id));
        stoppage.confirmed();
        store.confirm(id, users.requireCurrent().username());
        audit.record(AuditAction.UPDATE, "project-stoppage", String.valueOf(id), StoredText.of("project.audit.stoppage.confirmed", project.code(), stoppage.from()));
        publisher.publishEvent(new StoppageChanged(project.id(), stoppage.from()));
        return find(project, id);
    }

    /** The owner reports the resumption, staff confirm it (or record it themselves): only then the stop ends. */
    @Transactional
    public Stoppage resume(String code, long id, ResumeInput input) {
        Project project = registry.visible(code);
        boolean staff = requireWriter(project);
        List<FieldErrors.FieldError> bounds = Commands.violations(input);
        if (!bounds.isEmpty()) {
            throw new FieldErrors(bounds);
        }
        Stoppage stoppage = store.forUpdate(project.id(), id).orElseThrow(() -> notFound(id));
        LocalDate on = input.on() == null && staff && stoppage.status() == StoppageStatus.RESUME_REPORTED
                ? stoppage.resumedOn() : input.on();
        StoppageStatus next = stoppage.resumed(on, LocalDate.now(clock), staff);
        store.resume(id, next, on, input.note(), users.requireCurrent().username());
        audit.record(AuditAction.UPDATE, "project-stoppage", String.valueOf(id), StoredText.of(staff
                ? "project.audit.stoppage.resumed" : "project.audit.stoppage.resumeReported", project.code(), on,
                input.note() == null || input.note().isBlank() ? "" : StoredText.of("project.audit.note", input.note().trim())));
        if (next == StoppageStatus.RESUMED) {
            publisher.publishEvent(new StoppageChanged(project.id(), stoppage.from()));
        }
        return find(project, id);
    }

    @Transactional(readOnly = true)
    public List<Stoppage> history(String code) {
        return store.history(registry.visible(code).id());
    }

    /** The stop the project is in now, reported or confirmed. */
    @Transactional(readOnly = true)
    public Optional<Stoppage> current(String code) {
        return history(code).stream().filter(Stoppage::open).findFirst();
    }

    /** Owners of the project and staff maintaining it write; leaders only read. Whether the writer is staff. */
    private boolean requireWriter(Project project) {
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.LEADER || user.role() == Role.ENTERPRISE) {
            throw new AccessDeniedException("当前角色只能查看停复工记录");
        }
        if (user.role() == Role.OWNER) {
            return false;
        }
        registry.scope().requireEditor(project.regionCode());
        return true;
    }

    private Stoppage find(Project project, long id) {
        return store.history(project.id()).stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(StoredText.of("project.error.stoppage.notFound", id));
    }
}
