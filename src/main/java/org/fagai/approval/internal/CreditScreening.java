package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.RedListStatus;

/**
 * What credit answered about the applicant: 失信 (with the leader who accepted anyway, and why) and 守信激励 (the red
 * list, and whether the kind's shorter green-channel limit was applied).
 */
@Embeddable
class CreditScreening {

    @Column(name = "credit_listed")
    private Boolean listed;
    @Column(name = "credit_detail")
    private String detail;
    @Column(name = "credit_checked_at")
    private LocalDateTime checkedAt;
    @Column(name = "red_listed")
    private Boolean redListed;
    @Column(name = "red_list_detail")
    private String redListDetail;
    @Column(name = "green_channel")
    private boolean greenChannel;
    @Column(name = "override_by")
    private String overrideBy;
    @Column(name = "override_reason")
    private String overrideReason;

    void record(CreditCheckResult check) {
        if (check != null) {
            this.listed = check.listed();
            this.detail = check.detail();
            this.checkedAt = check.checkedAt();
        }
    }

    /**
     * 守信激励: the applicant's red-list status as credit answered it; {@code greenChannel} when the kind's shorter limit
     * was applied at acceptance. Recorded before acceptance only, so the limit an application was accepted with stays.
     */
    void recordRedList(RedListStatus status, boolean greenChannel, boolean accepted) {
        if (accepted) {
            throw new RuleViolation(StoredText.of("approval.error.greenChannelFixed"));
        }
        this.redListed = status.listed();
        this.redListDetail = status.detail();
        this.greenChannel = greenChannel;
    }

    /**
     * The check at acceptance: a listed (失信) applicant is accepted only with a leader's written reason, recorded here.
     */
    void recordAtAcceptance(CreditCheckResult check, String applicant, String by, String reason) {
        record(check);
        if (check.listed()) {
            if (reason == null || reason.isBlank()) {
                throw new RuleViolation(StoredText.of("approval.error.listedApplicant", applicant, check.detail()));
            }
            this.overrideBy = by;
            this.overrideReason = reason.strip();
        }
    }

    Boolean listed() { return listed; }
    String detail() { return detail; }
    LocalDateTime checkedAt() { return checkedAt; }
    Boolean redListed() { return redListed; }
    String redListDetail() { return redListDetail; }
    boolean greenChannel() { return greenChannel; }
    String overrideBy() { return overrideBy; }
    String overrideReason() { return overrideReason; }
}
