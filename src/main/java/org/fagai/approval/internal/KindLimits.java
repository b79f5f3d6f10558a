package org.fagai.approval.internal;

import java.util.Arrays;
import java.util.List;
import org.fagai.approval.ApprovalKind;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The promised limits per kind; administrators change them, running applications keep theirs. */
@Service
class KindLimits {

    record KindLimitView(ApprovalKind kind, int value, LimitUnit unit, int maxExtensionDays) {
    }

    private final KindLimitRepository repository;
    private final UserDirectory users;
    private final AuditLog audit;

    KindLimits(KindLimitRepository repository, UserDirectory users, AuditLog audit) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    TimeLimit limitOf(ApprovalKind kind) {
        return repository.findById(kind).map(KindLimit::limit)
                .orElseThrow(() -> new IllegalStateException("未配置时限：" + kind));
    }

    @Transactional(readOnly = true)
    List<KindLimitView> list() {
        return Arrays.stream(ApprovalKind.values()).map(k -> {
            TimeLimit l = limitOf(k);
            return new KindLimitView(k, l.value(), l.unit(), l.maxExtensionDays());
        }).toList();
    }

    @Transactional
    KindLimitView change(ApprovalKind kind, TimeLimit limit) {
        if (users.requireCurrent().role() != Role.ADMIN) {
            throw new AccessDeniedException("只有系统管理员可以修改承诺时限");
        }
        KindLimit entity = repository.findById(kind).orElseThrow();
        TimeLimit before = entity.limit();
        entity.change(limit);
        audit.record(AuditAction.UPDATE, "approval-kind", kind.name(), kind.chineseName() + "：" + before.value() + " "
                + before.unit() + " → " + limit.value() + " " + limit.unit() + "，最长延期 " + limit.maxExtensionDays() + " 个工作日");
        return new KindLimitView(kind, limit.value(), limit.unit(), limit.maxExtensionDays());
    }
}
