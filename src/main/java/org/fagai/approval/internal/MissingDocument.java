package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A secondary material missing at a 容缺受理, with the date the applicant promised it by. */
@Entity
@Table(name = "approval_missing_document")
class MissingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    private String name;
    @Column(name = "promised_by")
    private LocalDate promisedBy;
    @Column(name = "supplied_at")
    private LocalDateTime suppliedAt;
    @Column(name = "supplied_by")
    private String suppliedBy;
    @Column(name = "document_id")
    private Long documentId;

    protected MissingDocument() {
    }

    MissingDocument(Application application, String name, LocalDate promisedBy) {
        this.application = application;
        this.name = name;
        this.promisedBy = promisedBy;
    }

    void supply(LocalDateTime at, String by, Long document) {
        this.suppliedAt = at;
        this.suppliedBy = by;
        this.documentId = document;
    }

    boolean isOpen() {
        return suppliedAt == null;
    }

    /** The promise is broken: still missing after the promised day. */
    boolean overdueOn(LocalDate today) {
        return suppliedAt == null ? today.isAfter(promisedBy) : suppliedAt.toLocalDate().isAfter(promisedBy);
    }

    Long id() { return id; }
    String name() { return name; }
    LocalDate promisedBy() { return promisedBy; }
    LocalDateTime suppliedAt() { return suppliedAt; }
    String suppliedBy() { return suppliedBy; }
    Long documentId() { return documentId; }
}
