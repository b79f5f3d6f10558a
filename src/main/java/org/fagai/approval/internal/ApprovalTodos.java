package org.fagai.approval.internal;

import org.fagai.shared.RegionCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fagai.approval.ApprovalAttention;
import org.fagai.approval.ClockState;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * To-do entries: open applications near (yellow) or past (red) their promised limit; review steps waiting longer than
 * their share of the limit, on the list of the person (or role) who has them (yellow); consultations a department has
 * to answer; 容缺 promises broken (red); extensions and decisions waiting for a leader — one entry per application.
 * Each reads the moment the application stored ({@code over_share_at}, the due dates), never a rule of its own.
 */
@Component
class ApprovalTodos implements TodoSource {

    private static final int LIMIT = 30;

    private final ApprovalAttention attention;
    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final ApplicationRepository repository;
    private final Clock clock;

    ApprovalTodos(ApprovalAttention attention, JdbcClient jdbc, OrganizationDirectory organization,
                  ApplicationRepository repository, Clock clock) {
        this.attention = attention;
        this.jdbc = jdbc;
        this.organization = organization;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoEntry> entriesFor(CurrentUser user) {
        List<TodoEntry> entries = new ArrayList<>(attention.needingAttention(LIMIT).stream()
                .map(a -> new TodoEntry("approval.limit", a.title() + "（" + a.applicantName() + "）",
                        a.deadline() == null ? null : a.deadline().toLocalDate(),
                        a.state() == ClockState.OVERDUE ? Colour.RED : Colour.YELLOW, "/approvals/" + a.id()))
                .toList());
        if (!ApplicationAccess.HANDLERS.contains(user.role())) {
            return entries;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String region = RegionCode.of(user.regionCode()).scopePrefix() + "%";
        entries.addAll(brokenPromises(now.toLocalDate(), region));
        entries.addAll(stepsOverShare(user, now, region));
        entries.addAll(consultationsToAnswer(user, now));
        if (user.role() == Role.LEADER) {
            entries.addAll(forLeader(region));
        }
        return onePerApplication(entries);
    }

    /** An application appears once, under its most pressing entry (the limit, a broken promise, a late step, …). */
    private static List<TodoEntry> onePerApplication(List<TodoEntry> entries) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return entries.stream().filter(e -> seen.add(e.link())).toList();
    }

    private List<TodoEntry> stepsOverShare(CurrentUser user, LocalDateTime now, String region) {
        String role = user.role() == Role.LEADER ? "LEADER" : "STAFF";
        return jdbc.sql("""
                        SELECT a.id, a.title, s.name, s.over_share_at FROM approval_review_step s
                        JOIN approval_application a ON a.id = s.application_id
                        WHERE s.finished_at IS NULL AND s.over_share_at <= ? AND a.region_code LIKE ?
                          AND (s.assignee = ? OR (s.assignee IS NULL AND s.role = ?))
                        ORDER BY s.over_share_at LIMIT ?""")
                .params(Timestamp.valueOf(now), region, user.username(), role, LIMIT)
                .query((rs, i) -> new TodoEntry("approval.step", rs.getString("title") + "：" + rs.getString("name"),
                        rs.getTimestamp("over_share_at").toLocalDateTime().toLocalDate(), Colour.YELLOW,
                        "/approvals/" + rs.getLong("id"))).list();
    }

    private List<TodoEntry> consultationsToAnswer(CurrentUser user, LocalDateTime now) {
        Long department = organization.person(user.id()).map(OrganizationDirectory.Person::departmentId).orElse(null);
        if (department == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT a.id, a.title, c.due_at FROM approval_consultation c JOIN approval_application a ON a.id = c.application_id
                        WHERE c.answered_at IS NULL AND c.department_id = ? AND a.status IN ('ACCEPTED', 'SUSPENDED', 'STOPPED')
                        ORDER BY c.due_at LIMIT ?""")
                .params(department, LIMIT)
                .query((rs, i) -> {
                    LocalDateTime due = rs.getTimestamp("due_at").toLocalDateTime();
                    return new TodoEntry("approval.consultation", rs.getString("title"), due.toLocalDate(),
                            due.isBefore(now) ? Colour.RED : Colour.GREEN, "/approvals/" + rs.getLong("id"));
                }).list();
    }

    private List<TodoEntry> brokenPromises(LocalDate today, String region) {
        return jdbc.sql("""
                        SELECT a.id, a.title, m.name, m.promised_by FROM approval_missing_document m
                        JOIN approval_application a ON a.id = m.application_id
                        WHERE m.supplied_at IS NULL AND m.promised_by < ? AND a.region_code LIKE ?
                          AND a.status IN ('ACCEPTED', 'SUSPENDED', 'STOPPED')
                        ORDER BY m.promised_by LIMIT ?""")
                .params(today, region, LIMIT)
                .query((rs, i) -> new TodoEntry("approval.promise", rs.getString("title") + "：" + rs.getString("name"),
                        rs.getDate("promised_by").toLocalDate(), Colour.RED, "/approvals/" + rs.getLong("id"))).list();
    }

    /** Extensions to approve, and drafted decisions the application says are ready to sign. */
    private List<TodoEntry> forLeader(String region) {
        List<TodoEntry> entries = new ArrayList<>(jdbc.sql("""
                        SELECT id, title, extension_requested_at FROM approval_application
                        WHERE extension_requested_at IS NOT NULL AND status IN ('ACCEPTED', 'SUSPENDED', 'STOPPED') AND region_code LIKE ?
                        ORDER BY extension_requested_at LIMIT ?""")
                .params(region, LIMIT)
                .query((rs, i) -> new TodoEntry("approval.extension", rs.getString("title"), null, Colour.YELLOW,
                        "/approvals/" + rs.getLong("id"))).list());
        List<Long> drafted = jdbc.sql("""
                        SELECT id FROM approval_application WHERE drafted_at IS NOT NULL AND status = 'ACCEPTED' AND region_code LIKE ?
                        ORDER BY deadline LIMIT ?""").params(region, LIMIT).query(Long.class).list();
        repository.findAllById(drafted).stream().filter(a -> a.signingBlockers().isEmpty())
                .forEach(a -> entries.add(new TodoEntry("approval.sign", a.title() + "（" + a.applicantName() + "）",
                        a.deadline().toLocalDate(), Colour.GREEN, "/approvals/" + a.id())));
        return entries;
    }
}
