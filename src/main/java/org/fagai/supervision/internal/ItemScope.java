package org.fagai.supervision.internal;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.RegionCode;

/**
 * Which items a user sees: administrators all; others the items of their region and its districts, plus the ones they
 * lead or supervise wherever they are; unit accounts (project owners, enterprises) only the ones they lead.
 */
record ItemScope(CurrentUser user) {

    /** A SQL condition on the item alias {@code i}, with its parameters appended to {@code params}. */
    String sql(List<Object> params) {
        if (user.role() == Role.ADMIN) {
            return "TRUE";
        }
        params.add(user.id());
        params.add(user.id());
        if (user.role().unitAccount()) {
            return "(i.lead_person_id = ? OR i.supervisor_id = ?)";
        }
        params.add(RegionCode.of(user.regionCode()).scopePrefix() + "%");
        return "(i.lead_person_id = ? OR i.supervisor_id = ? OR i.region_code LIKE ?)";
    }

    boolean canSee(Item item) {
        return user.role() == Role.ADMIN || user.id() == item.leadPersonId() || user.id() == item.supervisorId()
                || (!user.role().unitAccount() && user.canSeeRegion(item.regionCode()));
    }

    boolean mayAssign() {
        return !user.role().unitAccount();
    }
}
