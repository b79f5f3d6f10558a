package org.fagai.project.internal.blockers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.fagai.shared.StoredText;

/** A problem holding a project up, followed until it is resolved — at the joint meeting if need be. */
@Entity
@Table(name = "project_blocker")
public class Blocker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long projectId;
    @Enumerated(EnumType.STRING)
    private BlockerCategory category;
    private String description;
    private String department;
    private LocalDate raisedOn;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private BlockerStatus status;
    private String resolution;
    private LocalDate resolvedOn;
    private String raisedBy;
    private Long itemId;
    @Version
    private int version;

    protected Blocker() {
    }

    Blocker(long projectId, BlockerCategory category, String description, String department, LocalDate raisedOn,
            LocalDate deadline, String raisedBy) {
        this.projectId = projectId;
        this.category = category;
        this.description = description;
        this.department = department;
        this.raisedOn = raisedOn;
        this.deadline = deadline;
        this.raisedBy = raisedBy;
        this.status = BlockerStatus.OPEN;
    }

    public void putOnAgenda() {
        if (status == BlockerStatus.RESOLVED) {
            throw new IllegalArgumentException(StoredText.of("project.error.blocker.resolvedNoMeeting"));
        }
        status = BlockerStatus.ON_AGENDA;
    }

    /** Staff resolve a blocker themselves only while it is not followed on the 督办 loop; there its item closes it. */
    void resolve(String how, LocalDate on) {
        if (itemId != null && status != BlockerStatus.RESOLVED) {
            throw new IllegalArgumentException(StoredText.of("project.error.blocker.onLoopResolves", itemId));
        }
        settle(how, on);
    }

    /** Its item on the loop was verified as closed: the result is the resolution. */
    boolean closedOnLoop(long item, String result, LocalDate on) {
        if (itemId != null && itemId == item && status != BlockerStatus.RESOLVED) {
            settle(result == null || result.isBlank() ? "督办事项已办结" : result, on);
            return true;
        }
        return false;
    }

    boolean routable() {
        return status != BlockerStatus.RESOLVED && itemId == null;
    }

    void putOnLoop(long item) {
        if (status == BlockerStatus.RESOLVED) {
            throw new IllegalArgumentException(StoredText.of("project.error.blocker.resolvedNoLoop"));
        }
        if (itemId != null) {
            throw new IllegalArgumentException(StoredText.of("project.error.blocker.onLoop", itemId));
        }
        itemId = item;
    }

    /** Its item was cancelled: the blocker waits to be routed again. */
    void leaveLoop(long item) {
        if (itemId != null && itemId == item) {
            itemId = null;
        }
    }

    private void settle(String how, LocalDate on) {
        if (status == BlockerStatus.RESOLVED) {
            throw new IllegalArgumentException(StoredText.of("project.error.blocker.resolvedOn", resolvedOn));
        }
        if (how == null || how.isBlank()) {
            throw new IllegalArgumentException(StoredText.of("project.error.blocker.resolution"));
        }
        status = BlockerStatus.RESOLVED;
        resolution = how.trim();
        resolvedOn = on;
    }

    boolean isOverdue(LocalDate today) {
        return status != BlockerStatus.RESOLVED && today.isAfter(deadline);
    }

    public Long id() { return id; }
    long projectId() { return projectId; }
    BlockerCategory category() { return category; }
    String description() { return description; }
    String department() { return department; }
    LocalDate raisedOn() { return raisedOn; }
    LocalDate deadline() { return deadline; }
    BlockerStatus status() { return status; }
    String resolution() { return resolution; }
    LocalDate resolvedOn() { return resolvedOn; }
    String raisedBy() { return raisedBy; }
    Long itemId() { return itemId; }
}
