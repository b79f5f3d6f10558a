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

    /** The meetings with a decision on this blocker that went onto the 督办 loop. */
    @Query("SELECT DISTINCT m FROM JointMeeting m JOIN m.items i WHERE i.blockerId = ?1 AND i.itemId IS NOT NULL")
    List<JointMeeting> findWithDecisionsOnLoop(long blockerId);

    /** The meetings that decided on this blocker without putting the decision on the 督办 loop (made before it). */
    @Query("SELECT DISTINCT m FROM JointMeeting m JOIN m.items i WHERE i.blockerId = ?1 AND i.decision IS NOT NULL AND i.itemId IS NULL")
    List<JointMeeting> findWithDecisionsOffLoop(long blockerId);
}
