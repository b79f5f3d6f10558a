package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * The one extension an application may have: the officer's request (days, reason) waits for a leader, who approves it
 * (the days then count) or turns it down (the request is cleared and may be asked again).
 */
@Embeddable
class Extension {

    @Column(name = "extension_days")
    private int days;
    @Column(name = "extension_reason")
    private String reason;
    @Column(name = "extended_by")
    private String by;
    @Column(name = "extension_requested_days")
    private Integer requestedDays;
    @Column(name = "extension_requested_at")
    private LocalDateTime requestedAt;
    @Column(name = "extension_requested_by")
    private String requestedBy;
    @Column(name = "extension_request_reason")
    private String requestReason;
    @Column(name = "extension_approved_at")
    private LocalDateTime approvedAt;

    /** The officer's request: {@code asked} working days (the kind's {@code max} when not given), with the reason. */
    void request(Integer asked, int max, StoredText.Label kindName, String reason, LocalDateTime at, String by) {
        if (max == 0) {
            throw new RuleViolation(StoredText.of("approval.error.noExtension", kindName));
        }
        int wanted = asked == null ? max : asked;
        if (wanted < 1 || wanted > max) {
            throw new RuleViolation(StoredText.of("approval.error.extensionMax", max));
        }
        Checks.requireReason(reason, "approval.error.extensionReasonRequired");
        if (days > 0) {
            throw new RuleViolation(StoredText.of("approval.error.extensionOnce", days));
        }
        if (requestedAt != null) {
            throw new RuleViolation(StoredText.of("approval.error.extensionPending"));
        }
        this.requestedDays = wanted;
        this.requestReason = reason.strip();
        this.requestedAt = at;
        this.requestedBy = by;
    }

    /** The leader's answer; the working days granted (0 when turned down). */
    int decide(boolean approved, LocalDateTime at, String by) {
        if (requestedAt == null) {
            throw new RuleViolation(StoredText.of("approval.error.noExtensionRequest"));
        }
        int granted = approved ? requestedDays : 0;
        if (approved) {
            this.days = requestedDays;
            this.reason = requestReason;
            this.by = by;
            this.approvedAt = at;
        } else {
            this.requestedBy = null;
            this.requestReason = null;
        }
        this.requestedAt = null;
        this.requestedDays = null;
        return granted;
    }

    int days() { return days; }
    String reason() { return reason; }
    String by() { return by; }
    Integer requestedDays() { return requestedDays; }
    LocalDateTime requestedAt() { return requestedAt; }
    String requestedBy() { return requestedBy; }
    String requestReason() { return requestReason; }
    LocalDateTime approvedAt() { return approvedAt; }
}
