package org.fagai.organization.internal;

import java.time.LocalDateTime;
import org.fagai.organization.Role;

record UserView(long id, String username, String displayName, Role role, Long departmentId, String departmentName,
                String regionCode, String regionName, String ownerUnit, String ownerCreditCode, boolean enabled,
                boolean locked, LocalDateTime lockedUntil) {

    UserForm toForm() {
        return new UserForm(username, displayName, role, departmentId, regionCode, ownerUnit, ownerCreditCode, enabled, "");
    }
}
