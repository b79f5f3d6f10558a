package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
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
    @Column(name = "consultation_days")
    private int consultationDays;
    @Column(name = "consultation_excluded")
    private boolean consultationExcluded;
    @Column(name = "partial_acceptance")
    private boolean partialAcceptance;
    @Column(name = "government_investment")
    private boolean governmentInvestment;
    @Column(name = "number_prefix")
    private String numberPrefix;
    @Column(name = "green_channel_limit")
    private Integer greenChannelLimit;
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

    /**
     * 绿色通道: the shorter promised limit a red-listed applicant gets, in the kind's unit; empty where the kind does not
     * allow it (not configured, or not shorter than the limit).
     */
    java.util.Optional<TimeLimit> greenChannel() {
        return greenChannelLimit == null || greenChannelLimit >= limitValue ? java.util.Optional.empty()
                : java.util.Optional.of(new TimeLimit(greenChannelLimit, limitUnit, maxExtensionDays));
    }

    Integer greenChannelLimit() {
        return greenChannelLimit;
    }

    /** null: the kind keeps its limit for red-listed applicants. */
    void changeGreenChannel(Integer limit) {
        if (limit != null && (limit < 1 || limit >= limitValue)) {
            throw new IllegalArgumentException(StoredText.of("approval.error.greenChannelLimit", limitValue - 1, limit));
        }
        this.greenChannelLimit = limit;
    }

    KindRules rules(java.util.List<ChainStep> chain, java.util.List<Material> materials) {
        return new KindRules(kind, limit(), chain, materials, consultationDays, consultationExcluded, partialAcceptance,
                governmentInvestment, numberPrefix);
    }

    void changeRules(int consultationDays, boolean consultationExcluded, boolean partialAcceptance,
                     boolean governmentInvestment, String numberPrefix) {
        if (consultationDays < 1 || consultationDays > 60) {
            throw new IllegalArgumentException(StoredText.of("approval.error.consultationDaysGiven", consultationDays));
        }
        if (numberPrefix == null || numberPrefix.isBlank() || numberPrefix.strip().length() > 40) {
            throw new IllegalArgumentException(StoredText.of("approval.error.numberPrefix"));
        }
        this.consultationDays = consultationDays;
        this.consultationExcluded = consultationExcluded;
        this.partialAcceptance = partialAcceptance;
        this.governmentInvestment = governmentInvestment;
        this.numberPrefix = numberPrefix.strip();
    }

    void change(TimeLimit limit) {
        this.limitValue = limit.value();
        this.limitUnit = limit.unit();
        this.maxExtensionDays = limit.maxExtensionDays();
    }
}
