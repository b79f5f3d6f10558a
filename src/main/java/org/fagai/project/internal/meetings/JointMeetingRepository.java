package org.fagai.project.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JointMeetingRepository extends JpaRepository<JointMeeting, Long> {

    List<JointMeeting> findAllByOrderByHeldOnDesc();
}
