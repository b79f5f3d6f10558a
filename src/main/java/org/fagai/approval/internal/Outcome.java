package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * How an application ended: when and by whom, the reason (refused, rejected, withdrawn) or the document number
 * (approved), and for a decision the working time used and excluded and whether it came within the deadline.
 */
@Embeddable
class Outcome {

    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "used_minutes")
    private Long usedMinutes;
    @Column(name = "excluded_minutes")
    private Long excludedMinutes;
    @Column(name = "elapsed_minutes")
    private Long elapsedMinutes;
    @Column(name = "on_time")
    private Boolean onTime;

    static final Outcome NONE = new Outcome();

    /** Closed without a decision (不予受理, 撤回). */
    static Outcome closed(LocalDateTime at, String by, String reason) {
        Outcome o = new Outcome();
        o.closedAt = at;
        o.closedBy = by;
        o.closeReason = reason == null ? null : reason.strip();
        return o;
    }

    /** 办结 with a decision: the working minutes the clock ran and those the law leaves out. */
    static Outcome decided(LocalDateTime at, String by, String reason, String number, long used, long excluded,
                           boolean onTime) {
        Outcome o = closed(at, by, reason);
        o.documentNumber = number == null || number.isBlank() ? null : number.strip();
        o.usedMinutes = used;
        o.excludedMinutes = excluded;
        o.elapsedMinutes = used + excluded;
        o.onTime = onTime;
        return o;
    }

    LocalDateTime closedAt() { return closedAt; }
    String closedBy() { return closedBy; }
    String closeReason() { return closeReason; }
    String documentNumber() { return documentNumber; }
    Long usedMinutes() { return usedMinutes; }
    Long excludedMinutes() { return excludedMinutes; }
    Long elapsedMinutes() { return elapsedMinutes; }
    Boolean onTime() { return onTime; }
}
