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

/**
 * 征求意见 of one department with its limit: inside the platform ({@code departmentId} set) a user of that department
 * answers; outside, the officer records the answer and its document.
 */
@Entity
@Table(name = "approval_consultation")
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "department_name")
    private String departmentName;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "due_at")
    private LocalDateTime dueAt;
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;
    private String answer;
    @Column(name = "document_id")
    private Long documentId;

    protected Consultation() {
    }

    Consultation(Application application, Long departmentId, String departmentName, LocalDateTime sentAt, String sentBy,
                 int workingDays, LocalDateTime dueAt) {
        this.application = application;
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.workingDays = workingDays;
        this.dueAt = dueAt;
    }

    void answer(LocalDateTime at, String by, String text, Long document) {
        this.answeredAt = at;
        this.answeredBy = by;
        this.answer = text;
        this.documentId = document;
    }

    boolean isOpen() {
        return answeredAt == null;
    }

    boolean inside() {
        return departmentId != null;
    }

    /** Answered after its due moment, or still open past it at {@code now}. */
    boolean lateAt(LocalDateTime now) {
        return (answeredAt == null ? now : answeredAt).isAfter(dueAt);
    }

    Long id() { return id; }
    Long departmentId() { return departmentId; }
    String departmentName() { return departmentName; }
    LocalDateTime sentAt() { return sentAt; }
    String sentBy() { return sentBy; }
    int workingDays() { return workingDays; }
    LocalDateTime dueAt() { return dueAt; }
    LocalDateTime answeredAt() { return answeredAt; }
    String answeredBy() { return answeredBy; }
    String answer() { return answer; }
    Long documentId() { return documentId; }
}
