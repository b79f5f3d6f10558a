package org.fagai.approval.internal;

import org.fagai.approval.ApprovalKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface KindLimitRepository extends JpaRepository<KindLimit, ApprovalKind> {
}
