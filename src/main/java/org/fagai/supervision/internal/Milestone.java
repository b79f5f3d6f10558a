package org.fagai.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A 节点 of an item with its own date; missing it turns the item yellow. */
@Embeddable
class Milestone {

    private String title;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
    }

    Milestone(String title, LocalDate dueOn) {
        this.title = title;
        this.dueOn = dueOn;
    }

    boolean missedOn(LocalDate today) {
        return doneOn == null && today.isAfter(dueOn);
    }

    void complete(LocalDate day) {
        doneOn = day;
    }

    String title() { return title; }
    LocalDate dueOn() { return dueOn; }
    LocalDate doneOn() { return doneOn; }
}
