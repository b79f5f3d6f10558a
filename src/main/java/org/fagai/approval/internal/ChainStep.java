package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import org.fagai.organization.Role;

/**
 * One step of a kind's review chain: its place, its name (经办人初审), who handles it and its share of the limit in
 * percent. A STAFF step is handled by staff of the commission or of a district; a LEADER step by a leader.
 */
record ChainStep(int position, String name, Role role, int sharePercent) {

    ChainStep {
        if (position < 1 || position > 10) {
            throw new IllegalArgumentException(StoredText.of("approval.error.stepPosition", position));
        }
        if (name == null || name.isBlank() || name.length() > 50) {
            throw new IllegalArgumentException(StoredText.of("approval.error.stepName"));
        }
        if (role != Role.STAFF && role != Role.LEADER) {
            throw new IllegalArgumentException(StoredText.of("approval.error.stepRoleInvalid", role));
        }
        if (sharePercent < 1 || sharePercent > 100) {
            throw new IllegalArgumentException(StoredText.of("approval.error.stepShare", sharePercent));
        }
    }

    /** Whether a user of {@code role} may handle this step. */
    static boolean admits(Role stepRole, Role role) {
        return stepRole == Role.LEADER ? role == Role.LEADER : role == Role.STAFF || role == Role.DISTRICT;
    }
}
