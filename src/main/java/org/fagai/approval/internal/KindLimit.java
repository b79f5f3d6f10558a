package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fagai.approval.ApprovalKind;

/** The configured promised limit of one kind; applications keep the limit in force when they were accepted. */
@Entity
@Table(name = "approval_kind_limit")
class KindLimit {

    @Id
    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;
    @Column(name = "limit_value")
    private int limitValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit")
    private LimitUnit limitUnit;
    @Column(name = "max_extension_days")
    private int maxExtensionDays;
    @Version
    private int version;

    protected KindLimit() {
    }

    ApprovalKind kind() {
        return kind;
    }

    TimeLimit limit() {
        return new TimeLimit(limitValue, limitUnit, maxExtensionDays);
    }

    void change(TimeLimit limit) {
        this.limitValue = limit.value();
        this.limitUnit = limit.unit();
        this.maxExtensionDays = limit.maxExtensionDays();
    }
}
