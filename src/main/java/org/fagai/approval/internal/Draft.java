package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** The officer's drafted decision (拟准予 / 拟不予) the leader signs; a note says why not to wait for answers. */
@Embeddable
class Draft {

    /** No decision drafted yet (Hibernate leaves the embedded field null when all its columns are). */
    static final Draft NONE = new Draft();

    @Column(name = "draft_approved")
    private Boolean approved;
    @Column(name = "draft_reason")
    private String reason;
    @Column(name = "draft_consultation_note")
    private String consultationNote;
    @Column(name = "drafted_at")
    private LocalDateTime at;
    @Column(name = "drafted_by")
    private String by;

    protected Draft() {
    }

    Draft(boolean approved, String reason, String consultationNote, LocalDateTime at, String by) {
        this.approved = approved;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.consultationNote = consultationNote == null || consultationNote.isBlank() ? null : consultationNote.strip();
        this.at = at;
        this.by = by;
    }

    Boolean approved() { return approved; }
    String reason() { return reason; }
    String consultationNote() { return consultationNote; }
    LocalDateTime at() { return at; }
    String by() { return by; }
}
