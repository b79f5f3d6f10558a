package org.fagai.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an item's timeline: what happened, who did it, when, and the note (reason, progress, result). */
@Entity
@Table(name = "supervision_step")
class Step {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private StepKind kind;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name")
    private String actorName;
    private String note;

    protected Step() {
    }

    Step(Instant at, StepKind kind, Actor actor, String note) {
        this.at = at;
        this.kind = kind;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.note = note;
    }

    Instant at() { return at; }
    StepKind kind() { return kind; }
    String actorName() { return actorName; }
    String note() { return note; }
}
