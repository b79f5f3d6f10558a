package org.fagai.project.internal.milestones;

import org.fagai.project.internal.registry.InvestmentType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which 前期手续 each investment type requires (configurable data; default 政府投资 建议书 → 可研 → 初设, 企业投资 核准或备案,
 * i.e. 立项). Administrators change them; every project's warnings are then judged anew.
 */
@Service
public class MilestoneRequirements {

    /** The requirements changed: warnings are recomputed. */
    public record Changed(InvestmentType type) {
    }

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    MilestoneRequirements(JdbcClient jdbc, UserDirectory users, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Map<InvestmentType, List<MilestoneKind>> all() {
        Map<InvestmentType, List<MilestoneKind>> result = new EnumMap<>(InvestmentType.class);
        for (InvestmentType type : InvestmentType.values()) {
            result.put(type, new ArrayList<>());
        }
        jdbc.sql("SELECT investment_type, kind FROM project_milestone_requirement ORDER BY investment_type, position")
                .query((rs, i) -> {
                    result.get(InvestmentType.valueOf(rs.getString(1))).add(MilestoneKind.valueOf(rs.getString(2)));
                    return null;
                }).list();
        return result;
    }

    @Transactional
    public List<MilestoneKind> replace(InvestmentType type, List<String> kinds) {
        if (!users.requireCurrent().isAdmin()) {
            throw new AccessDeniedException("仅系统管理员可设置前期手续要求");
        }
        if (kinds == null || kinds.size() > MilestoneKind.values().length) {
            throw FieldErrors.of("kinds", StoredText.of("project.error.milestone.kinds", MilestoneKind.values().length));
        }
        List<MilestoneKind> parsed = new ArrayList<>(new LinkedHashSet<>(kinds.stream().map(k -> MilestoneKind.parse(k, "kinds")).toList()));
        parsed.sort(null);
        jdbc.sql("DELETE FROM project_milestone_requirement WHERE investment_type = ?").param(type.name()).update();
        for (int i = 0; i < parsed.size(); i++) {
            jdbc.sql("INSERT INTO project_milestone_requirement (investment_type, kind, position) VALUES (?, ?, ?)")
                    .params(type.name(), parsed.get(i).name(), i + 1).update();
        }
        audit.record(AuditAction.UPDATE, "project_milestone_requirement", type.name(), org.fagai.shared.StoredText.of("project.audit.requirements",
                org.fagai.shared.StoredText.list("shared.listSeparator", parsed.stream()
                        .map(k -> org.fagai.shared.StoredText.label("project.audit.milestone.kind." + k.name())).toList())));
        events.publishEvent(new Changed(type));
        return parsed;
    }
}
