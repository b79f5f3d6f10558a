package org.fagai.project.internal.milestones;

import org.fagai.shared.web.MessageText;
import org.fagai.project.internal.registry.InvestmentType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.project.PlanChanged;
import org.fagai.project.internal.registry.PlanLine;
import org.fagai.project.internal.registry.PlanStore;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectView;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's 前期手续: recorded by staff (with the file) or filled by a decided approval, read as a chain against the
 * required ones, and handed to the warning rules ({@link #statusOf}).
 */
@Service
public class MilestoneBook {

    static final String COLUMNS = "kind, document_number, approved_on, authority, application_id, approval_kind, file_name,"
            + " size_bytes, recorded_by, recorded_at";

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final PlanStore plans;
    private final MilestoneRequirements requirements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageText text;

    MilestoneBook(JdbcClient jdbc, ProjectRegistry registry, PlanStore plans, MilestoneRequirements requirements, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.registry = registry;
        this.plans = plans;
        this.requirements = requirements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MilestoneChain chain(String code) {
        ProjectView p = registry.view(code);
        InvestmentType type = p.investmentType();
        List<MilestoneView> recorded = recorded(p.id());
        Map<MilestoneKind, LocalDate> approved = new EnumMap<>(MilestoneKind.class);
        recorded.forEach(m -> approved.put(m.kind(), m.approvedOn()));
        MilestoneStatus status = new MilestoneStatus(type, requirements.all().get(type), approved);
        return MilestoneChain.of(p.code(), status, recorded, p.startMonth(), p.stage().isStarted(), YearMonth.now(clock));
    }

    /** Staff record (or correct) a milestone of a project in their scope. */
    @Transactional
    public MilestoneView record(String code, MilestoneInput input) {
        Commands.check(input);
        Project project = registry.visible(code);
        registry.scope().requireEditor(project.regionCode());
        MilestoneKind kind = MilestoneKind.parse(input.kind(), "kind");
        if (input.approvedOn() == null || input.approvedOn().isAfter(LocalDate.now(clock))) {
            throw FieldErrors.of("approvedOn", StoredText.of("project.error.milestone.approvedOn"));
        }
        if (input.approvedOn().getYear() < 2000) {
            throw FieldErrors.of("approvedOn", StoredText.of("project.error.milestone.approvedAfter2000"));
        }
        String user = registry.scope().user().username();
        upsert(project.id(), kind, blankToNull(input.documentNumber()), input.approvedOn(), blankToNull(input.authority()), null, null, user);
        audit.record(AuditAction.UPDATE, "project", project.code(), StoredText.of("project.audit.milestone.filled",
                StoredText.label("project.milestone.kind." + kind.name()), describe(input.documentNumber(), input.approvedOn(), input.authority())));
        judgeAgain(project.id(), input.approvedOn());
        return find(project.id(), kind);
    }

    /** A decided approval of the matching kind fills the project's milestone, linked to its application. */
    @Transactional
    public void fillFromApproval(long projectId, String projectCode, MilestoneKind kind, String documentNumber, LocalDate decidedOn,
                                 String authority, long applicationId, String approvalKind) {
        upsert(projectId, kind, documentNumber, decidedOn, authority, applicationId, approvalKind, "approval");
        audit.recordAs("approval", null, AuditAction.UPDATE, "project", projectCode, StoredText.of("project.audit.milestone.fromApproval",
                StoredText.label("project.milestone.kind." + kind.name()), applicationId, describe(documentNumber, decidedOn, authority)));
        judgeAgain(projectId, decidedOn);
    }

    @Transactional(readOnly = true)
    public List<MilestoneView> recorded(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project_milestone WHERE project_id = ? ORDER BY approved_on, id")
                .param(projectId).query((rs, i) -> view(rs)).list()
                .stream().sorted(java.util.Comparator.comparing(MilestoneView::kind)).toList();
    }

    /**
     * The milestone facts of these projects (null: all) for the warning rules.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<MilestoneKind, LocalDate>> approvedOn(Long[] projectIds) {
        Map<Long, Map<MilestoneKind, LocalDate>> result = new HashMap<>();
        String sql = "SELECT project_id, kind, approved_on FROM project_milestone"
                + (projectIds == null ? "" : " WHERE project_id IN (SELECT unnest(?::bigint[]))");
        var statement = jdbc.sql(sql);
        if (projectIds != null) {
            statement = statement.param(projectIds);
        }
        statement.query((rs, i) -> result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(MilestoneKind.class))
                .put(MilestoneKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class))).list();
        return result;
    }

    /** The status the warning rules judge, from what {@link #approvedOn} read and the project's investment type. */
    public static MilestoneStatus statusOf(InvestmentType type, Map<InvestmentType, List<MilestoneKind>> required,
                                           Map<MilestoneKind, LocalDate> approvedOn) {
        return new MilestoneStatus(type, required.get(type), approvedOn == null ? Map.of() : approvedOn);
    }

    MilestoneView find(long projectId, MilestoneKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project_milestone WHERE project_id = ? AND kind = ?")
                .params(projectId, kind.name()).query((rs, i) -> view(rs)).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("project.error.milestone.missing", StoredText.label(kind.labelKey()))));
    }

    private void upsert(long projectId, MilestoneKind kind, String number, LocalDate on, String authority, Long applicationId,
                        String approvalKind, String by) {
        jdbc.sql("""
                INSERT INTO project_milestone (project_id, kind, document_number, approved_on, authority, application_id,
                                               approval_kind, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id, kind) DO UPDATE SET document_number = excluded.document_number,
                    approved_on = excluded.approved_on, authority = excluded.authority,
                    application_id = excluded.application_id, approval_kind = excluded.approval_kind,
                    recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(projectId, kind.name(), number, on, authority, applicationId, approvalKind, by).update();
    }

    /** The warnings of every listed year from the milestone's on are judged again (a milestone is a fact they read). */
    void judgeAgain(long projectId, LocalDate from) {
        plans.plans(projectId).stream().map(PlanLine::year).filter(y -> y >= from.getYear()).distinct()
                .forEach(year -> events.publishEvent(new PlanChanged(year, List.of(projectId))));
    }

    /** A recorded milestone, its kind named in the reader's language. */
    private MilestoneView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        MilestoneKind kind = MilestoneKind.valueOf(rs.getString("kind"));
        return new MilestoneView(kind, text.get("project.milestone.kind." + kind.name()), rs.getString("document_number"), rs.getObject("approved_on", LocalDate.class),
                rs.getString("authority"), (Long) rs.getObject("application_id"), rs.getString("approval_kind"),
                rs.getString("file_name"), (Long) rs.getObject("size_bytes"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", java.time.OffsetDateTime.class));
    }

    private static String describe(String number, LocalDate on, String authority) {
        Object document = number == null || number.isBlank() ? StoredText.label("project.audit.milestone.noNumber") : number.trim();
        return authority == null || authority.isBlank() ? StoredText.of("project.audit.milestone.document", document, on)
                : StoredText.of("project.audit.milestone.documentBy", document, on, authority.trim());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
