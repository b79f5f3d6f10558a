package org.fagai.project.internal.leaders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.blockers.BlockerStatus;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包保/挂点领导: the commission's leaders assigned to answer for projects, and each leader's own projects with their
 * latest colour and open blockers.
 */
@Service
class LeaderBook {

    record Assignment(@MaxLength(50) String username) {
    }

    record Leader(String username, String displayName) {
    }

    /** One of a leader's projects: its latest warning (colour and reasons) and its open and overdue blockers. */
    record MyProject(String code, String name, String regionName, ProjectStage stage, WarningColour colour, YearMonth colourMonth,
                     String reasons, long openBlockers, long overdueBlockers) {
    }

    /** How many of a leader's projects are 政府投资 and 企业投资, and their total investment (万元). */
    record TypeSummary(InvestmentType type, long count, BigDecimal totalInvestment) {
    }

    /** A page of a leader's projects; {@code byType} covers all of them (empty where only the list is asked for). */
    record Page(List<MyProject> projects, long total, List<TypeSummary> byType) {
    }

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;

    LeaderBook(JdbcClient jdbc, ProjectRegistry registry, OrganizationDirectory organization, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** The leaders who may be assigned: enabled accounts with the 委领导 role. */
    @Transactional(readOnly = true)
    List<Leader> candidates() {
        return organization.people().stream().filter(p -> p.role() == Role.LEADER)
                .map(p -> new Leader(p.username(), p.displayName())).toList();
    }

    @Transactional(readOnly = true)
    List<Leader> leadersOf(String code) {
        Project project = registry.visible(code);
        List<String> usernames = jdbc.sql("SELECT username FROM project_leader WHERE project_id = ? ORDER BY assigned_at, username")
                .param(project.id()).query(String.class).list();
        List<OrganizationDirectory.Person> people = organization.people();
        return usernames.stream().map(u -> new Leader(u, people.stream().filter(p -> p.username().equals(u))
                .map(OrganizationDirectory.Person::displayName).findFirst().orElse(u))).toList();
    }

    @Transactional
    void assign(String code, Assignment assignment) {
        Commands.check(assignment);
        Project project = registry.visible(code);
        ProjectScope scope = registry.scope();
        scope.requireEditor(project.regionCode());
        String username = assignment.username() == null ? "" : assignment.username().trim();
        Leader leader = candidates().stream().filter(l -> l.username().equals(username)).findFirst()
                .orElseThrow(() -> FieldErrors.of("username", StoredText.of("project.error.leader.account", username)));
        int added = jdbc.sql("INSERT INTO project_leader (project_id, username, assigned_by) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(project.id(), username, scope.user().username()).update();
        if (added == 0) {
            throw new ConflictException("username", StoredText.of("project.error.leader.already", leader.displayName()));
        }
        audit.record(AuditAction.UPDATE, "project", project.code(), StoredText.of("project.audit.leader.added", leader.displayName(), username));
    }

    @Transactional
    void remove(String code, String username) {
        Project project = registry.visible(code);
        registry.scope().requireEditor(project.regionCode());
        int removed = jdbc.sql("DELETE FROM project_leader WHERE project_id = ? AND username = ?").params(project.id(), username).update();
        if (removed == 0) {
            throw new NotFoundException(StoredText.of("project.error.leader.none", username));
        }
        audit.record(AuditAction.UPDATE, "project", project.code(), StoredText.of("project.audit.leader.removed", username));
    }

    /** The signed-in user's own projects, worst colour first, with their summary by investment type. */
    @Transactional(readOnly = true)
    Page mine(int page, int size) {
        Page projects = projects(page, size);
        return new Page(projects.projects(), projects.total(), byType());
    }

    /** The signed-in user's projects by investment type: both types always listed, in their order. */
    @Transactional(readOnly = true)
    List<TypeSummary> byType() {
        ProjectScope scope = registry.scope();
        List<Object> params = new ArrayList<>();
        params.add(scope.user().username());
        String inScope = scope.sql(params);
        Map<InvestmentType, TypeSummary> found = new EnumMap<>(InvestmentType.class);
        jdbc.sql("SELECT p.investment_type, count(*) AS n, coalesce(sum(p.total_investment), 0) AS total"
                        + " FROM project_leader l JOIN project p ON p.id = l.project_id WHERE l.username = ? AND " + inScope
                        + " GROUP BY p.investment_type").params(params)
                .query((rs, i) -> found.put(InvestmentType.valueOf(rs.getString(1)),
                        new TypeSummary(InvestmentType.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3)))).list();
        return Arrays.stream(InvestmentType.values())
                .map(t -> found.getOrDefault(t, new TypeSummary(t, 0, BigDecimal.ZERO))).toList();
    }

    /** The signed-in user's own projects (those he is assigned to), worst colour first. */
    @Transactional(readOnly = true)
    Page projects(int page, int size) {
        ProjectScope scope = registry.scope();
        CurrentUser user = scope.user();
        List<Object> params = new ArrayList<>();
        params.add(BlockerStatus.RESOLVED.name());
        params.add(BlockerStatus.RESOLVED.name());
        params.add(LocalDate.now(clock));
        params.add(user.username());
        String inScope = scope.sql(params);
        String from = " " + """
                 FROM project_leader l JOIN project p ON p.id = l.project_id LEFT JOIN region r ON r.code = p.region_code
                 LEFT JOIN LATERAL (SELECT w.colour, w.month, w.reasons FROM project_warning w WHERE w.project_id = p.id
                                    ORDER BY w.month DESC LIMIT 1) w ON TRUE
                 LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE b.status <> ?) AS open,
                                           count(*) FILTER (WHERE b.status <> ? AND b.deadline < ?) AS overdue
                                    FROM project_blocker b WHERE b.project_id = p.id) b ON TRUE
                 WHERE l.username = ? AND\s""" + inScope;
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        params.add(size);
        params.add((long) page * size);
        List<MyProject> projects = jdbc.sql("SELECT p.code, p.name, r.name AS region_name, p.stage, w.colour, w.month, w.reasons,"
                        + " b.open, b.overdue" + from
                        + " ORDER BY CASE w.colour WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END, b.overdue DESC, b.open DESC, p.code"
                        + " LIMIT ? OFFSET ?").params(params)
                .query((rs, i) -> {
                    LocalDate month = rs.getObject("month", LocalDate.class);
                    String colour = rs.getString("colour");
                    return new MyProject(rs.getString("code"), rs.getString("name"), rs.getString("region_name"),
                            ProjectStage.valueOf(rs.getString("stage")), colour == null ? null : WarningColour.valueOf(colour),
                            month == null ? null : YearMonth.from(month), rs.getString("reasons"), rs.getLong("open"), rs.getLong("overdue"));
                }).list();
        return new Page(projects, total, List.of());
    }
}
