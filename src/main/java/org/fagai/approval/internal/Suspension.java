package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A period of 补正: the applicant supplements documents and the clock stops. */
@Entity
@Table(name = "approval_suspension")
class Suspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "started_by")
    private String startedBy;
    private String reason;
    @Column(name = "ended_at")
    private LocalDateTime endedAt;
    @Column(name = "ended_by")
    private String endedBy;

    protected Suspension() {
    }

    Suspension(Application application, LocalDateTime startedAt, String startedBy, String reason) {
        this.application = application;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.reason = reason;
    }

    void end(LocalDateTime at, String by) {
        this.endedAt = at;
        this.endedBy = by;
    }

    boolean isOpen() {
        return endedAt == null;
    }

    LocalDateTime startedAt() {
        return startedAt;
    }

    String startedBy() {
        return startedBy;
    }

    String reason() {
        return reason;
    }

    LocalDateTime endedAt() {
        return endedAt;
    }

    String endedBy() {
        return endedBy;
    }
}
