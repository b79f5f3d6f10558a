package org.fagai.approval.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.approval.ApprovalKind;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promised limits and the rules of each kind (review chain, materials checklist, consultation, 容缺, 公示, numbering);
 * administrators change them, running applications keep the limit and chain they were accepted with.
 */
@Service
class KindLimits {

    record KindLimitView(ApprovalKind kind, int value, LimitUnit unit, int maxExtensionDays) {
    }

    /** A kind's rules as the kinds page and the API show them. */
    record KindRulesView(ApprovalKind kind, int value, LimitUnit unit, int maxExtensionDays, int consultationDays,
                         boolean consultationExcluded, boolean partialAcceptance, boolean governmentInvestment,
                         String numberPrefix, List<ChainStep> chain, List<Material> materials) {

        /** 经办人初审（40%） → 科室负责人审核（30%） → … */
        public String chainSummary() {
            return String.join(" → ", chain.stream().map(s -> s.name() + "（" + s.sharePercent() + "%）").toList());
        }

        /** The chain as the kinds page edits it: 经办人初审|STAFF|40, a step a line. */
        public String chainText() {
            return String.join("\n", chain.stream().map(s -> s.name() + "|" + s.role().name() + "|" + s.sharePercent()).toList());
        }

        /** The checklist as the kinds page edits it: a material a line, "*" before a secondary one. */
        public String materialsText() {
            return String.join("\n", materials.stream().map(m -> (m.secondary() ? "*" : "") + m.name()).toList());
        }

        static KindRulesView of(KindRules r) {
            return new KindRulesView(r.kind(), r.limit().value(), r.limit().unit(), r.limit().maxExtensionDays(),
                    r.consultationDays(), r.consultationExcluded(), r.partialAcceptance(), r.governmentInvestment(),
                    r.numberPrefix(), r.chain(), r.materials());
        }
    }

    private final KindLimitRepository repository;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final AuditLog audit;

    KindLimits(KindLimitRepository repository, JdbcClient jdbc, UserDirectory users, AuditLog audit) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    TimeLimit limitOf(ApprovalKind kind) {
        return entity(kind).limit();
    }

    @Transactional(readOnly = true)
    KindRules rulesOf(ApprovalKind kind) {
        List<ChainStep> chain = jdbc.sql("SELECT position, name, role, share_percent FROM approval_kind_step WHERE kind = ? ORDER BY position")
                .param(kind.name()).query((rs, i) -> new ChainStep(rs.getInt(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getInt(4))).list();
        List<Material> materials = jdbc.sql("SELECT position, name, secondary FROM approval_kind_material WHERE kind = ? ORDER BY position")
                .param(kind.name()).query((rs, i) -> new Material(rs.getInt(1), rs.getString(2), rs.getBoolean(3))).list();
        return entity(kind).rules(chain, materials);
    }

    /** The green channel's shorter limit of a kind, where it allows one. */
    @Transactional(readOnly = true)
    java.util.Optional<TimeLimit> greenChannelOf(ApprovalKind kind) {
        return entity(kind).greenChannel();
    }

    /** Administrators set the green channel's limit of a kind (null: none). */
    @Transactional
    Integer changeGreenChannel(ApprovalKind kind, Integer limit) {
        requireAdmin();
        KindLimit entity = entity(kind);
        Integer before = entity.greenChannelLimit();
        entity.changeGreenChannel(limit);
        audit.record(AuditAction.UPDATE, "approval-kind", kind.name(), StoredText.of("approval.audit.kind.greenChannel",
                StoredText.label(kind.labelKey()), before == null ? StoredText.label("approval.audit.notApplicable") : before,
                limit == null ? StoredText.label("approval.audit.notApplicable") : limit));
        return limit;
    }

    @Transactional(readOnly = true)
    List<KindLimitView> list() {
        return Arrays.stream(ApprovalKind.values()).map(k -> {
            TimeLimit l = limitOf(k);
            return new KindLimitView(k, l.value(), l.unit(), l.maxExtensionDays());
        }).toList();
    }

    @Transactional(readOnly = true)
    List<KindRulesView> rules() {
        return Arrays.stream(ApprovalKind.values()).map(k -> KindRulesView.of(rulesOf(k))).toList();
    }

    @Transactional
    KindLimitView change(ApprovalKind kind, TimeLimit limit) {
        requireAdmin();
        KindLimit entity = entity(kind);
        TimeLimit before = entity.limit();
        entity.change(limit);
        audit.record(AuditAction.UPDATE, "approval-kind", kind.name(), StoredText.of("approval.audit.kind.limit", StoredText.label(kind.labelKey()), before.value(), before.unit(), limit.value(), limit.unit(), limit.maxExtensionDays()));
        return new KindLimitView(kind, limit.value(), limit.unit(), limit.maxExtensionDays());
    }

    /** The kind's rules beside its limit: consultation, 容缺, government investment, numbering. */
    @Transactional
    KindRulesView changeRules(ApprovalKind kind, int consultationDays, boolean consultationExcluded, boolean partialAcceptance,
                              boolean governmentInvestment, String numberPrefix) {
        requireAdmin();
        entity(kind).changeRules(consultationDays, consultationExcluded, partialAcceptance, governmentInvestment, numberPrefix);
        audit.record(AuditAction.UPDATE, "approval-kind", kind.name(), StoredText.of("approval.audit.kind.rules",
                StoredText.label(kind.labelKey()), consultationDays,
                StoredText.label(consultationExcluded ? "approval.audit.kind.excluded" : "approval.audit.kind.included"),
                StoredText.label(partialAcceptance ? "approval.audit.applicable" : "approval.audit.notApplicable"),
                StoredText.label(governmentInvestment ? "shared.changes.yes" : "shared.changes.no"), numberPrefix));
        return KindRulesView.of(rulesOf(kind));
    }

    /** Replaces the kind's review chain; the shares must add up to 100%. Running applications keep theirs. */
    @Transactional
    KindRulesView changeChain(ApprovalKind kind, List<ChainStep> chain) {
        requireAdmin();
        if (chain == null || chain.isEmpty() || chain.size() > 10) {
            throw new IllegalArgumentException(StoredText.of("approval.error.chainSize"));
        }
        List<ChainStep> numbered = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ChainStep s = chain.get(i);
            numbered.add(new ChainStep(i + 1, s.name().strip(), s.role(), s.sharePercent()));
        }
        if (numbered.stream().mapToInt(ChainStep::sharePercent).sum() != 100) {
            throw new IllegalArgumentException(StoredText.of("approval.error.chainShares"));
        }
        entity(kind);
        jdbc.sql("DELETE FROM approval_kind_step WHERE kind = ?").param(kind.name()).update();
        for (ChainStep s : numbered) {
            jdbc.sql("INSERT INTO approval_kind_step (kind, position, name, role, share_percent) VALUES (?, ?, ?, ?, ?)")
                    .params(kind.name(), s.position(), s.name(), s.role().name(), s.sharePercent()).update();
        }
        audit.record(AuditAction.UPDATE, "approval-kind", kind.name(), StoredText.of("approval.audit.kind.chain", StoredText.label(kind.labelKey()), String.join(" → ", numbered.stream().map(s -> s.name() + "（" + s.sharePercent() + "%）").toList())));
        return KindRulesView.of(rulesOf(kind));
    }

    /** Replaces the kind's checklist of required materials (一次性告知 and 容缺 read it). */
    @Transactional
    KindRulesView changeMaterials(ApprovalKind kind, List<Material> materials) {
        requireAdmin();
        if (materials == null || materials.isEmpty() || materials.size() > 50) {
            throw new IllegalArgumentException(StoredText.of("approval.error.materialsSize"));
        }
        if (materials.stream().anyMatch(m -> m.name() == null || m.name().isBlank() || m.name().strip().length() > 200)) {
            throw new IllegalArgumentException(StoredText.of("approval.error.materialName"));
        }
        if (new HashSet<>(materials.stream().map(m -> m.name().strip()).toList()).size() != materials.size()) {
            throw new IllegalArgumentException(StoredText.of("approval.error.materialRepeated"));
        }
        entity(kind);
        jdbc.sql("DELETE FROM approval_kind_material WHERE kind = ?").param(kind.name()).update();
        for (int i = 0; i < materials.size(); i++) {
            jdbc.sql("INSERT INTO approval_kind_material (kind, position, name, secondary) VALUES (?, ?, ?, ?)")
                    .params(kind.name(), i + 1, materials.get(i).name().strip(), materials.get(i).secondary()).update();
        }
        audit.record(AuditAction.UPDATE, "approval-kind", kind.name(), StoredText.of("approval.audit.kind.materials", StoredText.label(kind.labelKey()), materials.size()));
        return KindRulesView.of(rulesOf(kind));
    }

    private KindLimit entity(ApprovalKind kind) {
        return repository.findById(kind).orElseThrow(() -> new IllegalStateException("未配置时限：" + kind));
    }

    private void requireAdmin() {
        if (users.requireCurrent().role() != Role.ADMIN) {
            throw new AccessDeniedException("只有系统管理员可以修改承诺时限和办理规则");
        }
    }
}
