package org.fagai.project.internal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fagai.project.internal.blockers.Blocker;
import org.fagai.shared.StoredText;

/** A 发改联席会: unresolved blockers on its agenda, each with the meeting's decision, owner and deadline. */
@Entity
@Table(name = "joint_meeting")
class JointMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private LocalDate heldOn;
    private String location;
    private String chair;
    private String regionCode;
    private String createdBy;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("id")
    private List<MeetingItem> items = new ArrayList<>();
    @Version
    private int version;

    protected JointMeeting() {
    }

    JointMeeting(String title, LocalDate heldOn, String location, String chair, String regionCode, String createdBy) {
        this.title = title;
        this.heldOn = heldOn;
        this.location = location;
        this.chair = chair;
        this.regionCode = regionCode;
        this.createdBy = createdBy;
    }

    /** Puts an unresolved blocker on the agenda (once). */
    void addToAgenda(Blocker blocker) {
        if (items.stream().anyMatch(i -> i.blockerId() == blocker.id())) {
            throw new IllegalArgumentException(StoredText.of("project.error.meeting.onAgenda"));
        }
        blocker.putOnAgenda();
        items.add(new MeetingItem(blocker.id()));
    }

    MeetingItem item(long itemId) {
        return items.stream().filter(i -> i.id() != null && i.id() == itemId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(StoredText.of("project.error.meeting.noItem", itemId)));
    }

    void decide(long itemId, String decision, String ownerDepartment, LocalDate deadline) {
        MeetingItem item = item(itemId);
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException(StoredText.of("project.error.meeting.decision"));
        }
        if (deadline != null && deadline.isBefore(heldOn)) {
            throw new IllegalArgumentException(StoredText.of("project.error.meeting.deadline"));
        }
        item.decide(decision.trim(), ownerDepartment == null ? null : ownerDepartment.trim(), deadline);
    }

    Long id() { return id; }
    String title() { return title; }
    LocalDate heldOn() { return heldOn; }
    String location() { return location; }
    String chair() { return chair; }
    String regionCode() { return regionCode; }
    List<MeetingItem> items() { return items; }
}
