package org.fagai.supervision.internal;

import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;

/** Who takes a step: the signed-in user, or the system for the daily job. */
record Actor(Long id, String name, Role role) {

    static final Actor SYSTEM = new Actor(null, "系统", null);

    static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.displayName(), user.role());
    }

    boolean is(Long userId) {
        return id != null && id.equals(userId);
    }
}
