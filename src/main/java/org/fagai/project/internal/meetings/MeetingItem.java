package org.fagai.project.internal.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "joint_meeting_item")
class MeetingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long blockerId;
    private String decision;
    private String ownerDepartment;
    private LocalDate deadline;
    private Long itemId;

    protected MeetingItem() {
    }

    MeetingItem(long blockerId) {
        this.blockerId = blockerId;
    }

    void decide(String text, String owner, LocalDate due) {
        this.decision = text;
        this.ownerDepartment = owner;
        this.deadline = due;
    }

    Long id() { return id; }
    long blockerId() { return blockerId; }
    String decision() { return decision; }
    String ownerDepartment() { return ownerDepartment; }
    LocalDate deadline() { return deadline; }
    Long itemId() { return itemId; }

    void putOnLoop(long item) {
        itemId = item;
    }
}
