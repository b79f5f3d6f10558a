package org.fagai.project.internal.blockers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectRepository;
import org.fagai.shared.ConflictException;
import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.StandardSource;
import org.fagai.supervision.SupervisionItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blockers followed on the 督办 loop (项目问题): staff route a blocker to a section and a person, with the blocker's own
 * deadline; the item's verified closure resolves the blocker with its result; a cancelled item lets it be routed again.
 */
@Service
public class BlockerLoop {

    static final String SOURCE = StandardSource.PROJECT_BLOCKER.name();

    private final BlockerRepository blockers;
    private final BlockerBook book;
    private final ProjectRegistry registry;
    private final ProjectRepository projects;
    private final SupervisionItems loop;
    private final UserDirectory users;
    private final AuditLog audit;
    private final OrganizationDirectory directory;
    private final ActingUsers acting;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BlockerLoop(BlockerRepository blockers, BlockerBook book, ProjectRegistry registry, ProjectRepository projects,
                SupervisionItems loop, UserDirectory users, AuditLog audit, OrganizationDirectory directory, ActingUsers acting,
                JdbcClient jdbc, ApplicationEventPublisher events) {
        this.blockers = blockers;
        this.book = book;
        this.registry = registry;
        this.projects = projects;
        this.loop = loop;
        this.users = users;
        this.audit = audit;
        this.directory = directory;
        this.acting = acting;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Puts an open blocker on the loop: the lead section and person follow it, the routing officer supervises. */
    @Transactional
    public ItemView route(long blockerId, Long leadUnitId, Long leadPersonId) {
        registry.scope().requireStaff();
        Blocker blocker = book.find(blockerId);
        if (!blocker.routable()) {
            throw new ConflictException("blockerId", blocker.itemId() != null
                    ? StoredText.of("project.error.blocker.onLoop", blocker.itemId()) : StoredText.of("project.error.blocker.resolvedNoLoop"));
        }
        ItemView item = assign(blocker, leadUnitId, leadPersonId, users.requireCurrent().id(), null);
        audit.record(AuditAction.UPDATE, "blocker", String.valueOf(blockerId), StoredText.of("project.audit.blocker.supervised", item.id(), item.leadPersonName(), item.deadline()));
        return item;
    }

    /**
     * Moves a blocker raised before the loop onto it, as if routed: the lead, supervisor and leader derived by
     * {@link LegacyLead}, its own deadline kept, the item assigned in the supervising officer's name. Empty when the
     * blocker is resolved or routed meanwhile, or nobody can be derived to follow it (then it waits for staff).
     */
    @Transactional
    public Optional<ItemView> migrate(long blockerId) {
        Blocker blocker = blockers.findById(blockerId).orElse(null);
        if (blocker == null || !blocker.routable()) {
            return Optional.empty();
        }
        Project project = projects.findById(blocker.projectId()).orElseThrow();
        List<String> leaders = jdbc.sql("SELECT username FROM project_leader WHERE project_id = ? ORDER BY assigned_at, username")
                .param(project.id()).query(String.class).list();
        String department = jdbc.sql("SELECT department FROM project WHERE id = ?").param(project.id()).query(String.class).optional()
                .orElse(null);
        Optional<LegacyLead> lead = LegacyLead.of(project.regionCode(), department, blocker.raisedBy(), leaders,
                directory.units(), directory.people());
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        CurrentUser supervisor = acting.enabled().stream().filter(u -> u.id() == lead.get().supervisorId()).findFirst().orElseThrow();
        ItemView item = acting.as(supervisor, () -> assign(blocker, lead.get().unitId(), lead.get().personId(),
                lead.get().supervisorId(), lead.get().leaderId()));
        audit.recordAs("system", null, AuditAction.UPDATE, "blocker", String.valueOf(blockerId), StoredText.of("project.audit.blocker.legacySupervised", item.id(), item.leadUnitName(), item.leadPersonName(), item.supervisorName(), item.deadline()));
        return Optional.of(item);
    }

    private ItemView assign(Blocker blocker, Long leadUnitId, Long leadPersonId, long supervisorId, Long leaderId) {
        Project project = projects.findById(blocker.projectId()).orElseThrow();
        String title = loopTitle("project.supervision.blockerTitle", project.name(), blocker.category());
        ItemView item = loop.assign(new NewItem(title, content(blocker, project),
                SOURCE, String.valueOf(blocker.id()), "/projects/" + project.code(), leadUnitId, leadPersonId,
                List.of(), supervisorId, leaderId, blocker.deadline(), null, blocker.raisedOn(), null, List.of()));
        blocker.putOnLoop(item.id());
        blockers.saveAndFlush(blocker);
        return item;
    }

    /** A joint-meeting decision on this blocker was carried out: it resolves a blocker that is not on the loop itself. */
    @Transactional
    public void decisionCarriedOut(long blockerId, String result, LocalDate on) {
        blockers.findById(blockerId).filter(b -> b.itemId() == null && b.status() != BlockerStatus.RESOLVED).ifPresent(b -> {
            b.resolve(result == null || result.isBlank() ? "联席会议定事项已办结" : result, on);
            blockers.save(b);
            events.publishEvent(new BlockerResolved(b.id(), b.resolution()));
            audit.recordAs("system", null, AuditAction.UPDATE, "blocker", String.valueOf(blockerId), StoredText.of("project.audit.blocker.meetingClosed"));
        });
    }

    @ApplicationModuleListener
    void on(ItemClosed event) {
        if (!SOURCE.equals(event.sourceType())) {
            return;
        }
        blockers.findById(Long.parseLong(event.sourceRef())).ifPresent(b -> {
            if (!b.closedOnLoop(event.itemId(), event.result(), event.closedOn())) {
                return;
            }
            blockers.save(b);
            events.publishEvent(new BlockerResolved(b.id(), b.resolution()));
            audit.recordAs("system", null, AuditAction.UPDATE, "blocker", String.valueOf(b.id()),
                    StoredText.of("project.audit.blocker.itemClosed", event.itemId()));
        });
    }

    @ApplicationModuleListener
    void on(ItemCancelled event) {
        if (SOURCE.equals(event.sourceType())) {
            blockers.findById(Long.parseLong(event.sourceRef())).ifPresent(b -> {
                b.leaveLoop(event.itemId());
                blockers.save(b);
            });
        }
    }

    /**
     * A 督办 item's title for a blocker, stored as a sentence so the loop shows it in the reader's language: the project's
     * name and the blocker's category. A name too long for the column is cut.
     */
    public static String loopTitle(String key, String projectName, BlockerCategory category) {
        StoredText.Label label = StoredText.label("blocker.category." + category.name());
        String title = StoredText.of(key, projectName, label);
        int over = title.length() - 300;
        return over <= 0 ? title : StoredText.of(key, projectName.substring(0, Math.max(0, projectName.length() - over - 20)), label);
    }

    /** The item's content, a stored sentence (the 督办 pages read its words in the reader's language). */
    private static String content(Blocker blocker, Project project) {
        return loopContent("project.supervision.blockerContent", blocker.description(), project.code(), project.name(),
                blocker.department());
    }

    /** A stored sentence for a 督办 item's content, its longest text cut when the whole is too long for the column. */
    public static String loopContent(String key, Object... args) {
        return StoredText.within(4000, key, args);
    }
}
