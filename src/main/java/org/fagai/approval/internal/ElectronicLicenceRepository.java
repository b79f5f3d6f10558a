package org.fagai.approval.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ElectronicLicenceRepository extends JpaRepository<ElectronicLicence, Long> {

    Optional<ElectronicLicence> findByApplicationId(long applicationId);

    Optional<ElectronicLicence> findByVerificationCode(String verificationCode);

    List<ElectronicLicence> findByApplicationIdIn(Collection<Long> applicationIds);
}
