package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A period the law excludes from the limit: the clock stands still from {@code startedAt} to {@code endedAt}. */
@Entity
@Table(name = "approval_clock_stop")
class ClockStop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    @Enumerated(EnumType.STRING)
    private StopKind kind;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "started_by")
    private String startedBy;
    private String reason;
    @Column(name = "start_document_id")
    private Long startDocumentId;
    @Column(name = "ended_at")
    private LocalDateTime endedAt;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "end_document_id")
    private Long endDocumentId;

    protected ClockStop() {
    }

    ClockStop(Application application, StopKind kind, LocalDateTime startedAt, String startedBy, String reason,
              Long startDocumentId) {
        this.application = application;
        this.kind = kind;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.reason = reason;
        this.startDocumentId = startDocumentId;
    }

    void end(LocalDateTime at, String by, Long documentId) {
        this.endedAt = at;
        this.endedBy = by;
        this.endDocumentId = documentId;
    }

    boolean isOpen() {
        return endedAt == null;
    }

    Long id() { return id; }
    StopKind kind() { return kind; }
    LocalDateTime startedAt() { return startedAt; }
    String startedBy() { return startedBy; }
    String reason() { return reason; }
    Long startDocumentId() { return startDocumentId; }
    LocalDateTime endedAt() { return endedAt; }
    String endedBy() { return endedBy; }
    Long endDocumentId() { return endDocumentId; }
}
