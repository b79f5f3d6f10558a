package org.fagai.policy.internal;

import java.time.LocalDate;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve of innovation platforms (工程研究中心, 企业技术中心 …): each with its enterprise, level and field, moved
 * along {@link PlatformStatus} with every step kept; the next evaluation falls {@code evaluation-years} after recognition or
 * the last evaluation, and is flagged {@code due-days} ahead (yellow) and when past (red).
 */
@Service
class Platforms {

    static final List<String> KINDS = List.of("ENGINEERING_RESEARCH_CENTER", "ENTERPRISE_TECH_CENTER", "KEY_LABORATORY",
            "TECH_INNOVATION_CENTER", "INDUSTRIAL_DESIGN_CENTER", "OTHER");
    static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY");

    record New(@MaxLength(200) String name, @MaxLength(30) String kind, @MaxLength(12) String level, @MaxLength(100) String field,
               @MaxLength(18) String creditCode, @MaxLength(500) String note) {
    }

    record Step(@MaxLength(12) String status, LocalDate on, @MaxLength(500) String note) {
    }

    record PlatformView(long id, String name, String kind, String level, String field, String creditCode, String enterpriseName,
                        String regionCode, PlatformStatus status, LocalDate recognisedOn, LocalDate nextEvaluationOn,
                        String flag, String note, LocalDate updatedOn) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final PolicyAccess access;
    private final AuditLog audit;
    private final Policies policies;
    private final int evaluationYears;
    private final int dueDays;

    Platforms(JdbcClient jdbc, EnterpriseRegistry registry, PolicyAccess access, AuditLog audit, Policies policies,
              @Value("${fagai.policy.platform.evaluation-years:3}") int evaluationYears,
              @Value("${fagai.policy.platform.due-days:90}") int dueDays) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.policies = policies;
        this.evaluationYears = evaluationYears;
        this.dueDays = dueDays;
    }

    @Transactional
    long create(New command) {
        Commands.check(command);
        CurrentUser user = access.staff();
        if (command.name() == null || command.name().isBlank()) {
            throw FieldErrors.of("name", StoredText.of("policy.error.platformNameMissing"));
        }
        if (!KINDS.contains(command.kind())) {
            throw FieldErrors.of("kind", StoredText.of("policy.error.platformTypeMissing"));
        }
        if (!LEVELS.contains(command.level())) {
            throw FieldErrors.of("level", StoredText.of("policy.error.platformLevelMissing"));
        }
        if (command.field() == null || command.field().isBlank()) {
            throw FieldErrors.of("field", StoredText.of("policy.error.platformFieldMissing"));
        }
        EnterpriseView enterprise = registry.find(command.creditCode() == null ? "" : command.creditCode().strip())
                .orElseThrow(() -> FieldErrors.of("creditCode", StoredText.of("policy.error.enterpriseUnknown")));
        if (enterprise.regionCode() == null || !user.canSeeRegion(enterprise.regionCode())) {
            throw FieldErrors.of("creditCode", StoredText.of("policy.error.enterpriseElsewhere"));
        }
        LocalDate today = policies.today();
        long id = jdbc.sql("""
                        INSERT INTO innovation_platform (name, kind, level, field, credit_code, enterprise_name, region_code, status,
                          note, updated_on) VALUES (?, ?, ?, ?, ?, ?, ?, 'RESERVE', ?, ?) RETURNING id""")
                .params(command.name().strip(), command.kind(), command.level(), command.field().strip(), enterprise.creditCode(),
                        enterprise.name(), enterprise.regionCode(), command.note(), today).query(Long.class).single();
        jdbc.sql("INSERT INTO innovation_platform_step (platform_id, status, on_date, note, done_by) VALUES (?, 'RESERVE', ?, ?, ?)")
                .params(id, today, "纳入储备", user.username()).update();
        audit.record(AuditAction.CREATE, "innovation-platform", String.valueOf(id), StoredText.of("policy.audit.platform.reserved", command.name().strip()));
        return id;
    }

    @Transactional
    void advance(long id, Step command) {
        Commands.check(command);
        CurrentUser user = access.staff();
        PlatformView platform = get(id);
        PlatformStatus to;
        try {
            to = PlatformStatus.valueOf(command.status() == null ? "" : command.status());
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("status", StoredText.of("policy.error.statusInvalid"));
        }
        if (!platform.status().canGo(to)) {
            throw new ConflictException("status", StoredText.of("policy.error.platformStatusMove",
                    StoredText.label("policy.platform." + platform.status().name()), StoredText.label("policy.platform." + to.name())));
        }
        LocalDate on = command.on() == null ? policies.today() : command.on();
        if (on.isAfter(policies.today()) || on.getYear() < 2000) {
            throw FieldErrors.of("on", StoredText.of("policy.error.dateFuture"));
        }
        LocalDate next = to.setsNextEvaluation() ? on.plusYears(evaluationYears) : platform.nextEvaluationOn();
        LocalDate recognised = to == PlatformStatus.RECOGNISED ? on : platform.recognisedOn();
        jdbc.sql("UPDATE innovation_platform SET status = ?, recognised_on = ?, next_evaluation_on = ?, updated_on = ? WHERE id = ?")
                .params(to.name(), recognised, next, policies.today(), id).update();
        jdbc.sql("INSERT INTO innovation_platform_step (platform_id, status, on_date, note, done_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, to.name(), on, command.note(), user.username()).update();
        audit.record(AuditAction.UPDATE, "innovation-platform", String.valueOf(id), StoredText.of("policy.audit.platformStep",
                StoredText.label("policy.platform." + platform.status().name()), StoredText.label("policy.platform." + to.name()), on));
    }

    @Transactional(readOnly = true)
    PlatformView get(long id) {
        CurrentUser user = access.staff();
        PlatformView p = jdbc.sql("SELECT * FROM innovation_platform WHERE id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("policy.error.platformNotFound", id)));
        if (!user.canSeeRegion(p.regionCode())) {
            throw new NotFoundException(StoredText.of("policy.error.platformNotFound", id));
        }
        return p;
    }

    /** The user's region's platforms, the evaluations due first. */
    @Transactional(readOnly = true)
    List<PlatformView> list(String status) {
        CurrentUser user = access.staff();
        String prefix = user.isAdmin() ? "" : RegionCode.of(user.regionCode()).scopePrefix();
        return jdbc.sql("""
                        SELECT * FROM innovation_platform WHERE region_code LIKE ? AND (CAST(? AS VARCHAR) IS NULL OR status = ?)
                        ORDER BY next_evaluation_on NULLS LAST, id LIMIT 500""")
                .params(prefix + "%", status, status).query(this::row).list();
    }

    private PlatformView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        LocalDate next = rs.getObject("next_evaluation_on", LocalDate.class);
        LocalDate today = policies.today();
        String flag = next == null ? null : next.isBefore(today) ? "RED" : !next.isAfter(today.plusDays(dueDays)) ? "YELLOW" : "GREEN";
        return new PlatformView(rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("level"),
                rs.getString("field"), rs.getString("credit_code"), rs.getString("enterprise_name"), rs.getString("region_code"),
                PlatformStatus.valueOf(rs.getString("status")), rs.getObject("recognised_on", LocalDate.class), next, flag,
                rs.getString("note"), rs.getObject("updated_on", LocalDate.class));
    }
}
