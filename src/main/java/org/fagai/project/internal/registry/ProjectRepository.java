package org.fagai.project.internal.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByCode(String code);

    List<Project> findByCodeIn(Collection<String> codes);

    boolean existsByCode(String code);
}
