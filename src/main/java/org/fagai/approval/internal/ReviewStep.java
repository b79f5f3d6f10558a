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
import org.fagai.organization.Role;

/** One step taken in an application's review chain: who had it, when it started and ended, the opinion. */
@Entity
@Table(name = "approval_review_step")
class ReviewStep {

    enum Decision { PASS, RETURN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "share_percent")
    private int sharePercent;
    private String assignee;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "over_share_at")
    private LocalDateTime overShareAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    private String reviewer;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String opinion;
    @Column(name = "returned_to")
    private Integer returnedTo;

    protected ReviewStep() {
    }

    ReviewStep(Application application, ChainStep step, LocalDateTime startedAt, String assignee) {
        this.application = application;
        this.position = step.position();
        this.name = step.name();
        this.role = step.role();
        this.sharePercent = step.sharePercent();
        this.startedAt = startedAt;
        this.assignee = assignee;
    }

    void finish(LocalDateTime at, String by, Decision decision, String opinion, Integer returnedTo) {
        this.finishedAt = at;
        this.reviewer = by;
        this.decision = decision;
        this.opinion = opinion;
        this.returnedTo = returnedTo;
        this.overShareAt = null;
    }

    void overShareAt(LocalDateTime moment) {
        this.overShareAt = moment;
    }

    boolean isOpen() {
        return finishedAt == null;
    }

    ChainStep definition() {
        return new ChainStep(position, name, role, sharePercent);
    }

    Long id() { return id; }
    int position() { return position; }
    String name() { return name; }
    Role role() { return role; }
    int sharePercent() { return sharePercent; }
    String assignee() { return assignee; }
    LocalDateTime startedAt() { return startedAt; }
    LocalDateTime overShareAt() { return overShareAt; }
    LocalDateTime finishedAt() { return finishedAt; }
    String reviewer() { return reviewer; }
    Decision decision() { return decision; }
    String opinion() { return opinion; }
    Integer returnedTo() { return returnedTo; }
}
