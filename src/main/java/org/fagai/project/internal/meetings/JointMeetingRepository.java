package org.fagai.project.internal.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointMeetingRepository extends JpaRepository<JointMeeting, Long> {

    List<JointMeeting> findAllByOrderByHeldOnDesc();

    /** The blocker an agenda item decided on. */
    @Query("SELECT i.blockerId FROM MeetingItem i WHERE i.id = ?1")
    Optional<Long> findItem(long agendaItemId);

    /** The agenda items on this blocker that went onto the 督办 loop. */
    @Query("SELECT i FROM MeetingItem i WHERE i.blockerId = ?1 AND i.itemId IS NOT NULL ORDER BY i.id")
    List<MeetingItem> findOnLoopByBlocker(long blockerId);
}
