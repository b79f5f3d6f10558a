package org.fagai.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByRegionCodeAscSortOrderAscNameAsc();

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
