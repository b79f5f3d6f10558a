package org.fagai.approval.internal;

import org.fagai.organization.Role;

/**
 * One step of a kind's review chain: its place, its name (经办人初审), who handles it and its share of the limit in
 * percent. A STAFF step is handled by staff of the commission or of a district; a LEADER step by a leader.
 */
record ChainStep(int position, String name, Role role, int sharePercent) {

    ChainStep {
        if (position < 1 || position > 10) {
            throw new IllegalArgumentException("步骤序号应在 1–10 之间：" + position);
        }
        if (name == null || name.isBlank() || name.length() > 50) {
            throw new IllegalArgumentException("请填写步骤名称（不超过50字）");
        }
        if (role != Role.STAFF && role != Role.LEADER) {
            throw new IllegalArgumentException("步骤的办理角色应为科室人员或委领导：" + role);
        }
        if (sharePercent < 1 || sharePercent > 100) {
            throw new IllegalArgumentException("步骤占时限的比例应在 1–100 之间：" + sharePercent);
        }
    }

    /** Whether a user of {@code role} may handle this step. */
    static boolean admits(Role stepRole, Role role) {
        return stepRole == Role.LEADER ? role == Role.LEADER : role == Role.STAFF || role == Role.DISTRICT;
    }
}
