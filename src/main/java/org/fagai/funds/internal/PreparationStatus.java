package org.fagai.funds.internal;

import java.util.List;
import java.util.Optional;

/**
 * A project's 前期 status as the platform knows it, for the declaration check. Today it reads the approvals granted
 * in the approval module; land (用地) is not yet known to the platform, so the declared land document stands in. When
 * projects get 前期 milestones, an implementation reading them replaces this one — the check does not change.
 */
interface PreparationStatus {

    Preparation of(String projectCode);

    /**
     * @param approvals   granted approvals, e.g. "可行性研究报告批复 示发改审〔2023〕12号 (2023-05-06)"
     * @param landSettled whether land is settled; empty when the platform does not know
     */
    record Preparation(List<String> approvals, Optional<Boolean> landSettled) {

        boolean hasApproval() {
            return !approvals.isEmpty();
        }
    }
}
