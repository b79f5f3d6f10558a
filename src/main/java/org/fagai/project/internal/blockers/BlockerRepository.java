package org.fagai.project.internal.blockers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BlockerRepository extends JpaRepository<Blocker, Long> {

    List<Blocker> findByProjectIdOrderByRaisedOnDesc(long projectId);
}
